package org.mentorat.events.session;

import java.time.Instant;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.EventType;

/**
 * A mentorship opened for an accepted match. Subject: the mentorship id.
 *
 * @param programType the program's type; in a {@code GROUP} program every mentee who joins the mentor's group
 *     is announced with the same mentorship id (null in events published before it was added)
 * @param plannedEnd ISO date on which it is planned to complete, null when unknown
 */
@EventType(MentorshipStarted.TYPE)
public record MentorshipStarted(
        String mentorshipId,
        String matchId,
        String programId,
        String mentorId,
        String menteeId,
        Instant startedAt,
        String programType,
        String plannedEnd) implements DomainEvent {

    public static final String TYPE = "org.mentorat.session.mentorship-started.v1";
}
