package org.mentorat.session.goal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;

/** A step on the way to a goal and the day it is due. */
record MilestoneRequest(
        @NotBlank(message = "say what the step is") @Size(max = 200) String title,
        @NotNull(message = "give the day this step is due") LocalDate dueDate) {

    Milestone milestone(String id, String addedBy, Instant now) {
        return new Milestone(id, title.strip(), dueDate, addedBy, now, null);
    }
}
