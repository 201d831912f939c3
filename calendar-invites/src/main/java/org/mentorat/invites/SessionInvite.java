package org.mentorat.invites;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Everything a session's calendar event says, as plain values. Two services that build the same
 * values get the same VEVENT, byte for byte: that is how an emailed invite and the downloaded
 * {@code .ics} update one event in a calendar instead of adding a second.
 *
 * @param sessionId the session's id; the event's UID is {@code session-{id}@mentorat} and never changes
 * @param sequence the iCalendar SEQUENCE: 0 when scheduled, raised by every reschedule and by the cancel
 * @param cancelled true once the session is called off: STATUS:CANCELLED, and an invite becomes a CANCEL
 * @param startsAt when it starts
 * @param zone the organiser's time zone, the TZID the start and end are written in
 * @param durationMinutes how long it lasts, at least one minute
 * @param format how the participants meet; null when unknown (then no URL is given)
 * @param location the place, or the video link of a VIDEO session; null if none
 * @param agenda what it is about, the event's DESCRIPTION; null if none
 * @param summary the event's title, see {@link InviteTexts#summary(List)}
 * @param createdAt when it was first scheduled (CREATED); the revision time when null
 * @param revisedAt when it last changed (DTSTAMP and LAST-MODIFIED: scheduled, rescheduled or
 *     cancelled); the start when null, which is stable all the same
 * @param organiser who chairs it (the mentor); null when unknown, which only a feed accepts
 * @param attendees everyone else invited (the mentees); the organiser need not be repeated here
 */
public record SessionInvite(
        String sessionId,
        int sequence,
        boolean cancelled,
        Instant startsAt,
        ZoneId zone,
        int durationMinutes,
        MeetingFormat format,
        String location,
        String agenda,
        String summary,
        Instant createdAt,
        Instant revisedAt,
        Participant organiser,
        List<Participant> attendees) {

    public SessionInvite {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(summary, "summary");
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must not be negative: " + sequence);
        }
        if (durationMinutes < 1) {
            throw new IllegalArgumentException("durationMinutes must be at least 1: " + durationMinutes);
        }
        revisedAt = Objects.requireNonNullElse(revisedAt, startsAt);
        createdAt = Objects.requireNonNullElse(createdAt, revisedAt);
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
    }

    /** The event's UID: the same for the session's whole life, in every invite and every feed. */
    public String uid() {
        return Invites.uid(sessionId);
    }

    /** The start on the organiser's wall clock. */
    public ZonedDateTime start() {
        return startsAt.atZone(zone);
    }

    public ZonedDateTime end() {
        return start().plusMinutes(durationMinutes);
    }
}
