package org.mentorat.session.meeting;

import java.time.Instant;

/** One participant's rating of a session they took part in; the comment stays in this service. */
record Feedback(String id, String authorId, int rating, String comment, Instant submittedAt) {
}
