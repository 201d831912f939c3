package org.mentorat.session.meeting;

import java.time.Instant;

/** One participant's rating of a session they took part in; the comment stays in this service. */
public record Feedback(String id, String authorId, int rating, String comment, Instant submittedAt) {

    Feedback withoutComment() {
        return new Feedback(id, authorId, rating, null, submittedAt);
    }
}
