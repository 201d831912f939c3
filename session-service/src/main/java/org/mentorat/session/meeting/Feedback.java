package org.mentorat.session.meeting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One participant's rating of a session they took part in; the comment stays in this service. */
public record Feedback(String id, String authorId, int rating, Helped helped, String comment, Instant submittedAt) {

    /** The feedback with the person's comments cleared, noting "feedback.comment" in {@code cleared} if any. */
    static List<Feedback> withoutCommentsOf(List<Feedback> feedback, String personId, List<String> cleared) {
        List<Feedback> kept = new ArrayList<>();
        for (Feedback given : feedback) {
            boolean theirs = personId.equals(given.authorId()) && given.comment() != null;
            if (theirs) {
                cleared.add("feedback.comment");
            }
            kept.add(theirs ? new Feedback(given.id, given.authorId, given.rating, given.helped, null,
                    given.submittedAt) : given);
        }
        return kept;
    }
}
