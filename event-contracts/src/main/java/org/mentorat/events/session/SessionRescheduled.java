package org.mentorat.events.session;

import java.time.Instant;
import java.util.List;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.EventType;

/**
 * A scheduled session moved; calendars update the same event. Subject: the session id. Carries
 * the session as it now is, everything its updated invite says but the participants' names and
 * addresses (see {@link SessionScheduled}).
 *
 * @param startsAt the new start
 * @param durationMinutes the new duration
 * @param timeZone the organiser's IANA time zone
 * @param sequence the iCalendar SEQUENCE of the invite after this change
 * @param rescheduledAt when it moved: the updated invite's DTSTAMP and LAST-MODIFIED
 * @param format IN_PERSON, VIDEO, PHONE or CHAT; absent (null) in events published before it was added
 * @param location the place, or the video link, null if none or in events published before it was added
 * @param agenda what it is about, null if none or in events published before it was added
 * @param scheduledAt when it was first scheduled: the invite's CREATED; absent (null) in events
 *     published before it was added
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
        Instant rescheduledAt,
        String format,
        String location,
        String agenda,
        Instant scheduledAt) implements DomainEvent {

    public static final String TYPE = "org.mentorat.session.session-rescheduled.v1";

    /** The shape before the format, place, agenda and scheduling time were added. */
    public SessionRescheduled(String sessionId, String mentorshipId, String programId, String mentorId,
            List<String> menteeIds, Instant startsAt, int durationMinutes, String timeZone, int sequence,
            Instant rescheduledAt) {
        this(sessionId, mentorshipId, programId, mentorId, menteeIds, startsAt, durationMinutes, timeZone, sequence,
                rescheduledAt, null, null, null, null);
    }
}
