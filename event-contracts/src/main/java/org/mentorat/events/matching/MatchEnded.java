package org.mentorat.events.matching;

import java.time.Instant;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.EventType;

/**
 * A proposed or accepted match ended before its time because one side left. Subject: the match id.
 *
 * @param reason {@code MENTOR_LEFT}, {@code MENTEE_LEFT} (the person was deactivated or left the
 *     company), {@code MENTOR_WITHDREW} or {@code MENTEE_WITHDREW} (left the program)
 * @param previousStatus {@code PROPOSED} or {@code ACCEPTED}
 */
@EventType(MatchEnded.TYPE)
public record MatchEnded(
        String matchId,
        String programId,
        String mentorId,
        String menteeId,
        String reason,
        String previousStatus,
        Instant endedAt) implements DomainEvent {

    public static final String TYPE = "org.mentorat.matching.match-ended.v1";
}
