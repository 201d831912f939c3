package org.mentorat.events.matching;

import java.time.Instant;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.EventType;

/** A proposed match was accepted and the pair may start a mentorship. Subject: the match id. */
@EventType(MatchAccepted.TYPE)
public record MatchAccepted(
        String matchId,
        String programId,
        String mentorId,
        String menteeId,
        Instant acceptedAt) implements DomainEvent {

    public static final String TYPE = "org.mentorat.matching.match-accepted.v1";
}
