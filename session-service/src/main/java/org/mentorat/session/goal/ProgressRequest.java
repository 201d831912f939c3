package org.mentorat.session.goal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;

/** Where the measure stood on a day, a note, and optionally how the goal is going now. */
record ProgressRequest(
        @NotNull LocalDate date,
        @NotNull Double value,
        @Size(max = 2000) String note,
        GoalStatus status) {

    ProgressUpdate update(String id, String authorId, Instant now) {
        String text = note == null || note.isBlank() ? null : note.strip();
        return new ProgressUpdate(id, date, value, text, authorId, now);
    }
}
