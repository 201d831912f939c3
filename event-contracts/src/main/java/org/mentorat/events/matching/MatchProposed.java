package org.mentorat.events.matching;

import java.time.Instant;
import java.util.List;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.EventType;

/** Matching proposed a mentor to a mentee; both are asked to accept. Subject: the match id. */
@EventType(MatchProposed.TYPE)
public record MatchProposed(
        String matchId,
        String programId,
        String mentorId,
        String menteeId,
        double score,
        List<String> reasons,
        Instant proposedAt) implements DomainEvent {

    public static final String TYPE = "org.mentorat.matching.match-proposed.v1";
}
