package org.mentorat.notification.inbox;

import java.util.Map;
import org.mentorat.notification.message.NotificationKind;

/**
 * A notification some fact calls for: who gets it, why, about which aggregate ({@code relatedId})
 * and the few ids a client needs to render and link it ({@code details}).
 */
public record NewNotification(
        String tenantId,
        String recipientId,
        NotificationKind kind,
        String relatedId,
        Map<String, String> details) {

    public NewNotification {
        details = Map.copyOf(details);
    }
}
