package org.mentorat.events.session;

import java.time.Instant;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.EventType;

/** A mentorship opened for an accepted match. Subject: the mentorship id. */
@EventType(MentorshipStarted.TYPE)
public record MentorshipStarted(
        String mentorshipId,
        String matchId,
        String programId,
        String mentorId,
        String menteeId,
        Instant startedAt) implements DomainEvent {

    public static final String TYPE = "org.mentorat.session.mentorship-started.v1";
}
