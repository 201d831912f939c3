package org.mentorat.notification.trigger;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.mentorat.events.session.FeedbackSubmitted;
import org.mentorat.events.session.SessionCompleted;
import org.mentorat.notification.message.NotificationKind;
import org.mentorat.notification.dispatch.Dispatches;
import org.mentorat.platform.events.IncomingEvent;
import org.springframework.stereotype.Component;

/**
 * A session took place: each participant is asked how it went, and asked once more after a few
 * days if nothing came. A person's feedback cancels their follow-up, and one who gave it before
 * the session's completion reached this service gets none.
 */
@Component
class FeedbackRequests {

    /** A follow-up a long outage delayed by more than this is no longer worth sending. */
    private static final Duration STILL_USEFUL = Duration.ofDays(7);

    private final Notifier notifier;
    private final Dispatches dispatches;
    private final TriggerMemoryStore memory;
    private final TriggerProperties properties;

    FeedbackRequests(Notifier notifier, Dispatches dispatches, TriggerMemoryStore memory,
            TriggerProperties properties) {
        this.notifier = notifier;
        this.dispatches = dispatches;
        this.memory = memory;
        this.properties = properties;
    }

    void on(SessionCompleted completed, IncomingEvent event) {
        Occasion.requireText(completed.mentorId(), "mentorId");
        if (completed.completedAt() == null) {
            throw new IllegalArgumentException("the event lacks completedAt");
        }
        Occasion request = Occasion.now(event.tenantId(), NotificationKind.FEEDBACK_REQUEST, completed.sessionId(),
                completed.programId(), Map.of("sessionId", completed.sessionId(),
                        "mentorshipId", completed.mentorshipId(), "programId", completed.programId()));
        String feedback = properties.link("sessions", completed.sessionId(), "feedback");
        // the completion says when it ended and how long it lasted: the session began that long before
        Duration lasted = Duration.ofMinutes(Math.max(0, completed.actualMinutes()));
        Instant began = completed.completedAt().minus(lasted);
        var recipients = Recipient.ofPairing(completed.mentorId(), Sessions.menteesOf(completed.menteeIds(),
                completed.menteeId()));
        notifier.notify(request, recipients, (recipient, letterhead) -> letterhead.session(began, lasted, null, null).actionUrl(feedback).build());

        Instant followUpAt = completed.completedAt().plus(properties.feedbackFollowUpAfter());
        Occasion followUp = new Occasion(event.tenantId(), NotificationKind.FEEDBACK_FOLLOW_UP, completed.sessionId(),
                completed.programId(), "", followUpAt, followUpAt.plus(STILL_USEFUL), followUpGroup(completed.sessionId()),
                request.details());
        notifier.notify(followUp, recipients.stream()
                        .filter(recipient -> !memory.hasGivenFeedback(event.tenantId(), completed.sessionId(),
                                recipient.personId()))
                        .toList(),
                (recipient, letterhead) -> letterhead.session(began, lasted, null, null).actionUrl(feedback).build());
    }

    void on(FeedbackSubmitted submitted, IncomingEvent event) {
        Occasion.requireText(submitted.sessionId(), "sessionId");
        Occasion.requireText(submitted.authorId(), "authorId");
        memory.feedbackGiven(event.tenantId(), submitted.sessionId(), submitted.authorId());
        dispatches.cancel(event.tenantId(), followUpGroup(submitted.sessionId()).replace("{person}",
                submitted.authorId()));
    }

    private static String followUpGroup(String sessionId) {
        return "feedback-follow-up:" + sessionId + ":{person}";
    }
}
