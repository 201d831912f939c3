package org.mentorat.session.goal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import org.mentorat.platform.web.Identifiers;

/** A step on the way to a goal, due by a date, done or not yet. */
public record Milestone(String id, @Schema(maxLength = 200) String title, LocalDate dueDate, @Schema(maxLength = Identifiers.MAX_LENGTH) String addedBy, Instant addedAt, Instant doneAt) {

    boolean isDone() {
        return doneAt != null;
    }

    Milestone doneAt(Instant now) {
        return new Milestone(id, title, dueDate, addedBy, addedAt, now);
    }

    Milestone withoutTitle() {
        return new Milestone(id, null, dueDate, addedBy, addedAt, doneAt);
    }
}
