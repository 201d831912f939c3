package org.mentorat.events.session;

import java.time.Instant;
import java.util.List;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.EventType;

/**
 * A scheduled session moved; calendars update the same event. Subject: the session id.
 *
 * @param timeZone the organiser's IANA time zone
 * @param sequence the iCalendar SEQUENCE of the invite after this change
 */
@EventType(SessionRescheduled.TYPE)
public record SessionRescheduled(
        String sessionId,
        String mentorshipId,
        String programId,
        String mentorId,
        List<String> menteeIds,
        Instant startsAt,
        int durationMinutes,
        String timeZone,
        int sequence,
        Instant rescheduledAt) implements DomainEvent {

    public static final String TYPE = "org.mentorat.session.session-rescheduled.v1";
}
