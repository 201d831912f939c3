package org.mentorat.session.meeting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/** The new start on the organiser's wall clock; zone and length stay as they were unless given. */
record RescheduleRequest(
        LocalDateTime start,
        @Size(max = 64) String timeZone,
        @Min(15) @Max(240) Integer durationMinutes) {
}
