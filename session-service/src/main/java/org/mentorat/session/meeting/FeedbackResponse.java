package org.mentorat.session.meeting;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** The feedback its author just gave, echoed back to them. */
record FeedbackResponse(String id, String sessionId, String authorId, int rating, Helped helped, @Schema(maxLength = 2000) String comment,
        Instant submittedAt) {

    static FeedbackResponse of(String sessionId, Feedback feedback) {
        return new FeedbackResponse(feedback.id(), sessionId, feedback.authorId(), feedback.rating(),
                feedback.helped(), feedback.comment(), feedback.submittedAt());
    }
}
