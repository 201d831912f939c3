package org.mentorat.events.session;

import java.time.Instant;
import java.util.List;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.EventType;

/**
 * A meeting of a mentorship was put in the calendar. Subject: the session id.
 *
 * @param menteeId the first mentee invited (kept for consumers written before group sessions)
 * @param menteeIds every mentee invited; several in a GROUP program
 * @param timeZone the organiser's IANA time zone
 * @param location the place, or the video link, null if not given
 * @param sequence the iCalendar SEQUENCE of the invite (0 when scheduled)
 * @param seriesId the series it belongs to, null for a single session
 */
@EventType(SessionScheduled.TYPE)
public record SessionScheduled(
        String sessionId,
        String mentorshipId,
        String mentorId,
        String menteeId,
        Instant startsAt,
        int durationMinutes,
        String programId,
        List<String> menteeIds,
        String timeZone,
        String format,
        String location,
        int sequence,
        String seriesId) implements DomainEvent {

    public static final String TYPE = "org.mentorat.session.session-scheduled.v1";
}
