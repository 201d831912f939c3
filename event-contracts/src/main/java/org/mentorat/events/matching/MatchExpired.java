package org.mentorat.events.matching;

import java.time.Instant;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.EventType;

/**
 * Nobody answered a proposal within the program's window; the mentor's seat is free again.
 * Subject: the match id.
 *
 * @param mentorAccepted whether the mentor had accepted before it expired
 * @param menteeAccepted whether the mentee had accepted before it expired
 */
@EventType(MatchExpired.TYPE)
public record MatchExpired(
        String matchId,
        String programId,
        String mentorId,
        String menteeId,
        boolean mentorAccepted,
        boolean menteeAccepted,
        Instant proposedAt,
        Instant expiredAt) implements DomainEvent {

    public static final String TYPE = "org.mentorat.matching.match-expired.v1";
}
