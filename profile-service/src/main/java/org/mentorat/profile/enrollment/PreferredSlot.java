package org.mentorat.profile.enrollment;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.mentorat.platform.web.FieldError;
import org.mentorat.profile.web.CrossFieldChecked;

/** A weekly time a person prefers to meet, in local time of their own time zone. */
@CrossFieldChecked
record PreferredSlot(@NotNull DayOfWeek day,
        @NotNull @Schema(type = "string", pattern = TIME, maxLength = 8, example = "09:00") LocalTime start,
        @NotNull @Schema(type = "string", pattern = TIME, maxLength = 8, example = "12:00") LocalTime end)
        implements CrossFieldChecked.Checks {

    /** A time of day as Jackson reads a {@link LocalTime}: {@code 09:00} or {@code 09:00:30}. */
    static final String TIME = "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$";

    @Override
    public List<FieldError> crossFieldProblems() {
        return start == null || end == null || end.isAfter(start) ? List.of()
                : List.of(new FieldError("end", "must be after start"));
    }
}
