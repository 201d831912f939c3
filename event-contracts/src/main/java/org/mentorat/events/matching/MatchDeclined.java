package org.mentorat.events.matching;

import java.time.Instant;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.EventType;

/**
 * One side (or an administrator for them) turned a proposal down; the mentor's seat is free again
 * and the pair will not be proposed again. Subject: the match id.
 *
 * @param declinedBy {@code MENTOR}, {@code MENTEE} or {@code ADMIN}
 * @param reason a reason code the person picked ({@code NO_TIME}, {@code NOT_A_FIT}, {@code OTHER}),
 *     null when none was given; never free text, which would be personal data on a shared topic
 */
@EventType(MatchDeclined.TYPE)
public record MatchDeclined(
        String matchId,
        String programId,
        String mentorId,
        String menteeId,
        String declinedBy,
        String reason,
        Instant declinedAt) implements DomainEvent {

    public static final String TYPE = "org.mentorat.matching.match-declined.v1";
}
