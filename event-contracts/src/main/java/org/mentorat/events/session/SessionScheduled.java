package org.mentorat.events.session;

import java.time.Instant;
import java.util.List;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.EventType;

/**
 * A meeting of a mentorship was put in the calendar. Subject: the session id. Carries everything
 * its calendar invite says but the participants' names and addresses, so that a consumer with
 * their contacts builds the very invite session-service serves (calendar-invites' {@code SessionInvite}).
 *
 * @param menteeId the first mentee invited (kept for consumers written before group sessions)
 * @param startsAt when it starts
 * @param durationMinutes how long it lasts
 * @param menteeIds every mentee invited; several in a GROUP program
 * @param timeZone the organiser's IANA time zone, the invite's TZID
 * @param format IN_PERSON, VIDEO, PHONE or CHAT
 * @param location the place, or the video link, null if not given
 * @param sequence the iCalendar SEQUENCE of the invite (0 when scheduled)
 * @param seriesId the series it belongs to, null for a single session
 * @param agenda what it is about (the invite's DESCRIPTION), null if not given; absent (null) in
 *     events published before it was added
 * @param scheduledAt when it was scheduled: the invite's CREATED and, as nothing has changed yet,
 *     its DTSTAMP; absent (null) in events published before it was added
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
        String seriesId,
        String agenda,
        Instant scheduledAt) implements DomainEvent {

    public static final String TYPE = "org.mentorat.session.session-scheduled.v1";

    /** The shape before the agenda and the scheduling time were added. */
    public SessionScheduled(String sessionId, String mentorshipId, String mentorId, String menteeId, Instant startsAt,
            int durationMinutes, String programId, List<String> menteeIds, String timeZone, String format,
            String location, int sequence, String seriesId) {
        this(sessionId, mentorshipId, mentorId, menteeId, startsAt, durationMinutes, programId, menteeIds, timeZone,
                format, location, sequence, seriesId, null, null);
    }
}
