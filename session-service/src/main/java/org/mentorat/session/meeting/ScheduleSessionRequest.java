package org.mentorat.session.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDateTime;
import org.mentorat.session.mentorship.Cadence;
import org.mentorat.session.mentorship.MeetingFormat;
import org.mentorat.session.mentorship.Mentorship;

/**
 * A session to schedule: {@code start} on the organiser's wall clock in {@code timeZone} (an IANA
 * id). {@code startsAt}, an instant, is still accepted in place of {@code start} for existing
 * clients; its time zone is then UTC unless given. {@code repeat} makes it a series. A format
 * or a series' cadence left out is the one the pair agreed on in their mentorship, if they did.
 */
record ScheduleSessionRequest(
        LocalDateTime start,
        @Future Instant startsAt,
        @Size(max = 64) String timeZone,
        @NotNull @Min(15) @Max(240) Integer durationMinutes,
        MeetingFormat format,
        @Size(max = 500) String location,
        @Size(max = 2000) String agenda,
        @Valid Repeat repeat) {

    /** How a series repeats: {@code count} sessions, or as many as fit until {@code until} (inclusive). */
    record Repeat(Cadence cadence, @Min(2) @Max(26) Integer count, java.time.LocalDate until) {
    }

    /** This request, with the format and cadence it leaves out taken from the pair's agreement. */
    ScheduleSessionRequest orAgreedIn(Mentorship mentorship) {
        MeetingFormat chosenFormat = format != null ? format : mentorship.agreedFormat().orElse(null);
        Repeat chosenRepeat = repeat == null || repeat.cadence() != null ? repeat
                : new Repeat(mentorship.agreedCadence().orElse(null), repeat.count(), repeat.until());
        return new ScheduleSessionRequest(start, startsAt, timeZone, durationMinutes, chosenFormat, location, agenda,
                chosenRepeat);
    }
}
