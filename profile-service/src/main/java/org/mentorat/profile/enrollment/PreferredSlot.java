package org.mentorat.profile.enrollment;

import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.mentorat.platform.web.FieldError;
import org.mentorat.profile.web.CrossFieldChecked;

/** A weekly time a person prefers to meet, in local time of their own time zone. */
@CrossFieldChecked
record PreferredSlot(@NotNull DayOfWeek day, @NotNull LocalTime start, @NotNull LocalTime end)
        implements CrossFieldChecked.Checks {

    @Override
    public List<FieldError> crossFieldProblems() {
        return start == null || end == null || end.isAfter(start) ? List.of()
                : List.of(new FieldError("end", "must be after start"));
    }
}
