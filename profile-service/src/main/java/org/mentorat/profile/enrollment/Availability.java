package org.mentorat.profile.enrollment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * How much time a person gives to mentoring in this program and when they prefer to meet.
 *
 * @param weeklySlots in the person's own time zone (their profile's), which matching converts
 */
record Availability(
        @Min(1) @Max(160) Integer hoursPerMonth,
        @Size(max = 21) List<@NotNull @Valid PreferredSlot> weeklySlots) {

    static final Availability UNSAID = new Availability(null, List.of());

    Availability withDefaults() {
        return new Availability(hoursPerMonth, weeklySlots == null ? List.of() : weeklySlots);
    }
}
