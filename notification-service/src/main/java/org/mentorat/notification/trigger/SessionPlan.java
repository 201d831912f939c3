package org.mentorat.notification.trigger;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.mentorat.events.session.SessionCancelled;
import org.mentorat.events.session.SessionRescheduled;
import org.mentorat.events.session.SessionScheduled;

/**
 * What a session's calendar events say of it, alike for the three of them: enough to write the
 * same invite session-service serves, and the messages around it.
 *
 * @param revisedAt the invite's DTSTAMP: when it was scheduled, moved or cancelled
 */
record SessionPlan(String sessionId, String mentorshipId, String programId, String mentorId, List<String> menteeIds,
        Instant startsAt, int durationMinutes, ZoneId zone, String format, String location, String agenda,
        int sequence, Instant createdAt, Instant revisedAt, boolean cancelled) {

    /** Sessions scheduled before events said how long they last are taken to last an hour. */
    private static final int USUAL_MINUTES = 60;

    SessionPlan {
        Occasion.requireText(sessionId, "sessionId");
        Occasion.requireText(mentorId, "mentorId");
        Objects.requireNonNull(startsAt, "the event lacks startsAt");
        menteeIds = List.copyOf(menteeIds);
        durationMinutes = durationMinutes < 1 ? USUAL_MINUTES : durationMinutes;
    }

    static SessionPlan of(SessionScheduled scheduled) {
        return new SessionPlan(scheduled.sessionId(), scheduled.mentorshipId(), scheduled.programId(),
                scheduled.mentorId(), Sessions.menteesOf(scheduled.menteeIds(), scheduled.menteeId()),
                scheduled.startsAt(), scheduled.durationMinutes(), zoneOf(scheduled.timeZone()), scheduled.format(),
                scheduled.location(), scheduled.agenda(), scheduled.sequence(), scheduled.scheduledAt(),
                scheduled.scheduledAt(), false);
    }

    static SessionPlan of(SessionRescheduled moved) {
        return new SessionPlan(moved.sessionId(), moved.mentorshipId(), moved.programId(), moved.mentorId(),
                Sessions.menteesOf(moved.menteeIds(), null), moved.startsAt(), moved.durationMinutes(),
                zoneOf(moved.timeZone()), moved.format(), moved.location(), moved.agenda(), moved.sequence(),
                moved.scheduledAt(), moved.rescheduledAt(), false);
    }

    static SessionPlan of(SessionCancelled cancelled) {
        return new SessionPlan(cancelled.sessionId(), cancelled.mentorshipId(), cancelled.programId(),
                cancelled.mentorId(), Sessions.menteesOf(cancelled.menteeIds(), null), cancelled.startsAt(),
                cancelled.durationMinutes() == null ? 0 : cancelled.durationMinutes(), zoneOf(cancelled.timeZone()),
                cancelled.format(), cancelled.location(), cancelled.agenda(), cancelled.sequence(),
                cancelled.scheduledAt(), cancelled.cancelledAt(), true);
    }

    List<Recipient> people() {
        return Recipient.ofPairing(mentorId, menteeIds);
    }

    List<String> participantIds() {
        return people().stream().map(Recipient::personId).toList();
    }

    private static ZoneId zoneOf(String timeZone) {
        if (timeZone == null || timeZone.isBlank()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(timeZone);
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("the event names no IANA time zone: " + timeZone, e);
        }
    }
}
