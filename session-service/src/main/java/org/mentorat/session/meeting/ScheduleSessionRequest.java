package org.mentorat.session.meeting;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

record ScheduleSessionRequest(
        @NotNull @Future Instant startsAt,
        @NotNull @Min(15) @Max(240) Integer durationMinutes,
        @Size(max = 2000) String agenda) {

    /** Milliseconds at most, as stored: what we answer now equals what is read back later. */
    SessionPlan plan() {
        String topic = agenda == null || agenda.isBlank() ? null : agenda.strip();
        return new SessionPlan(startsAt.truncatedTo(ChronoUnit.MILLIS), durationMinutes, topic);
    }
}
