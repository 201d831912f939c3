package org.mentorat.matching.match;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** A match as the API shows it. */
public record MatchView(String id, String programId, String mentorId, String menteeId, double score,
        @ArraySchema(maxItems = ExplanationViews.MAX_ITEMS, schema = @Schema(maxLength = ExplanationViews.MAX_CODE))
        List<String> reasons,
        @Schema(implementation = MatchStatus.class) String status, boolean mentorAccepted, boolean menteeAccepted,
        @Schema(implementation = MatchOrigin.class) String origin,
        String runId, Instant proposedAt, Instant expiresAt, Instant closedAt,
        @Schema(maxLength = ExplanationViews.MAX_CODE) String closedReason) {

    public static MatchView of(Match m) {
        return new MatchView(m.id(), m.programId(), m.mentorId(), m.menteeId(), m.score(), m.reasonCodes(),
                m.status().name(), m.mentorAccepted(), m.menteeAccepted(), m.origin().name(), m.runId(),
                m.proposedAt(), m.expiresAt(), m.closedAt(), m.closedReason());
    }
}
