package org.mentorat.matching.match;

import java.time.Instant;
import java.util.List;

/** A match as the API shows it. */
public record MatchView(String id, String programId, String mentorId, String menteeId, double score,
        List<String> reasons, String status, boolean mentorAccepted, boolean menteeAccepted, String origin,
        String runId, Instant proposedAt, Instant expiresAt, Instant closedAt, String closedReason) {

    public static MatchView of(Match m) {
        return new MatchView(m.id(), m.programId(), m.mentorId(), m.menteeId(), m.score(), m.reasonCodes(),
                m.status().name(), m.mentorAccepted(), m.menteeAccepted(), m.origin().name(), m.runId(),
                m.proposedAt(), m.expiresAt(), m.closedAt(), m.closedReason());
    }
}
