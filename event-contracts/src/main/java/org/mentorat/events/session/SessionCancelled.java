package org.mentorat.events.session;

import java.time.Instant;
import java.util.List;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.EventType;

/**
 * A scheduled session was called off. Subject: the session id. Carries the session as it was,
 * everything its cancelling invite says but the participants' names and addresses (see
 * {@link SessionScheduled}).
 *
 * @param startsAt when it would have started
 * @param sequence the iCalendar SEQUENCE of the cancelling invite
 * @param reason free text from the person who cancelled, null if none
 * @param cancelledAt when it was called off: the cancelling invite's DTSTAMP and LAST-MODIFIED
 * @param durationMinutes how long it would have lasted; absent (null) in events published before it was added
 * @param timeZone the organiser's IANA time zone; absent (null) in events published before it was added
 * @param format IN_PERSON, VIDEO, PHONE or CHAT; absent (null) in events published before it was added
 * @param location the place, or the video link, null if none or in events published before it was added
 * @param agenda what it was about, null if none or in events published before it was added
 * @param scheduledAt when it was first scheduled: the invite's CREATED; absent (null) in events
 *     published before it was added
 */
@EventType(SessionCancelled.TYPE)
public record SessionCancelled(
        String sessionId,
        String mentorshipId,
        String programId,
        String mentorId,
        List<String> menteeIds,
        Instant startsAt,
        int sequence,
        String reason,
        Instant cancelledAt,
        Integer durationMinutes,
        String timeZone,
        String format,
        String location,
        String agenda,
        Instant scheduledAt) implements DomainEvent {

    public static final String TYPE = "org.mentorat.session.session-cancelled.v1";

    /** The shape before the rest of the invite (duration, zone, format, place, agenda, scheduling time) was added. */
    public SessionCancelled(String sessionId, String mentorshipId, String programId, String mentorId,
            List<String> menteeIds, Instant startsAt, int sequence, String reason, Instant cancelledAt) {
        this(sessionId, mentorshipId, programId, mentorId, menteeIds, startsAt, sequence, reason, cancelledAt, null,
                null, null, null, null, null);
    }
}
