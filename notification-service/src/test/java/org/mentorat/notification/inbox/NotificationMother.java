package org.mentorat.notification.inbox;

import java.time.Instant;
import java.util.Map;
import org.mentorat.notification.message.NotificationKind;

/** Test data: a feedback request for a mentee, before and after delivery. */
final class NotificationMother {

    static final String TENANT = "acme";
    static final String MENTEE = "per-mentee";
    static final Instant NOW = Instant.parse("2026-04-01T15:00:00Z");

    private NotificationMother() {
    }

    static NewNotification feedbackRequest(String recipientId) {
        return new NewNotification(TENANT, recipientId, NotificationKind.FEEDBACK_REQUEST, "ses-1",
                Map.of("sessionId", "ses-1", "counterpartId", "per-mentor"), "msg-" + recipientId,
                "How did your session go?", "Tell us in a minute.");
    }

    static Notification delivered() {
        return Notification.place(feedbackRequest(MENTEE), NOW).state();
    }
}
