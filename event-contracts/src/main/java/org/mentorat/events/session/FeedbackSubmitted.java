package org.mentorat.events.session;

import java.time.Instant;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.EventType;

/**
 * A participant rated a session. Subject: the session id.
 *
 * @param helped whether the session helped toward the author's goals
 */
@EventType(FeedbackSubmitted.TYPE)
public record FeedbackSubmitted(
        String feedbackId,
        String sessionId,
        String mentorshipId,
        String authorId,
        int rating,
        Instant submittedAt,
        String programId,
        String helped) implements DomainEvent {

    public static final String TYPE = "org.mentorat.session.feedback-submitted.v1";
}
