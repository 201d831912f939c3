package org.mentorat.session.meeting;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.mentorat.session.mentorship.MeetingFormat;

/**
 * When a session takes place (an instant, and the organiser's IANA time zone that invites show
 * it in), for how long, how and where the participants meet and, optionally, what it is about.
 */
public record SessionPlan(Instant startsAt, int durationMinutes, String agenda, String timeZone,
        MeetingFormat format, String location) {

    public SessionPlan {
        startsAt = startsAt.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        timeZone = timeZone == null ? "UTC" : timeZone;
        format = format == null ? MeetingFormat.VIDEO : format;
    }

    /** The start on the organiser's wall clock. */
    public ZonedDateTime start() {
        return startsAt.atZone(ZoneId.of(timeZone));
    }

    public Instant endsAt() {
        return startsAt.plusSeconds(60L * durationMinutes);
    }

    SessionPlan withoutAgenda() {
        return new SessionPlan(startsAt, durationMinutes, null, timeZone, format, location);
    }

    SessionPlan movedTo(Instant newStart, int newDuration, String newTimeZone) {
        return new SessionPlan(newStart, newDuration, agenda, newTimeZone, format, location);
    }
}
