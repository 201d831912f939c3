package org.mentorat.notification.inbox;

import java.time.Instant;
import java.util.Map;
import org.mentorat.notification.message.NotificationKind;

/** A notification as its recipient's client shows it. */
record NotificationResponse(
        String id,
        NotificationKind kind,
        NotificationChannel channel,
        String relatedId,
        Map<String, String> details,
        Instant createdAt,
        boolean read,
        Instant readAt) {

    static NotificationResponse of(Notification notification) {
        return new NotificationResponse(notification.id(), notification.kind(), notification.channel(),
                notification.relatedId(), notification.details(), notification.createdAt(), notification.isRead(),
                notification.readAt());
    }
}
