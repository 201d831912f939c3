package org.mentorat.notification.inbox;

import java.time.Instant;
import java.util.Map;
import org.mentorat.notification.message.NotificationKind;

/**
 * A notification as its recipient's client shows it: {@code title} and {@code summary} are
 * written in the recipient's language when the notification came through the dispatch queue,
 * absent otherwise (the client renders from {@code kind} and {@code details}).
 */
record NotificationResponse(
        String id,
        NotificationKind kind,
        NotificationChannel channel,
        String title,
        String summary,
        String relatedId,
        Map<String, String> details,
        Instant createdAt,
        boolean read,
        Instant readAt) {

    static NotificationResponse of(Notification notification) {
        return new NotificationResponse(notification.id(), notification.kind(), notification.channel(),
                notification.title(), notification.summary(), notification.relatedId(), notification.details(),
                notification.createdAt(), notification.isRead(), notification.readAt());
    }
}
