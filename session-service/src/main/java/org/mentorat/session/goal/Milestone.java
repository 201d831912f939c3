package org.mentorat.session.goal;

import java.time.Instant;
import java.time.LocalDate;

/** A step on the way to a goal, due by a date, done or not yet. */
public record Milestone(String id, String title, LocalDate dueDate, String addedBy, Instant addedAt, Instant doneAt) {

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
