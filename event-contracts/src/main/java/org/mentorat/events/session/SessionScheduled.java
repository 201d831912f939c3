package org.mentorat.events.session;

import java.time.Instant;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.EventType;

/** A meeting of a mentorship was put in the calendar. Subject: the session id. */
@EventType(SessionScheduled.TYPE)
public record SessionScheduled(
        String sessionId,
        String mentorshipId,
        String mentorId,
        String menteeId,
        Instant startsAt,
        int durationMinutes) implements DomainEvent {

    public static final String TYPE = "org.mentorat.session.session-scheduled.v1";
}
