package org.mentorat.notification.inbox;

import java.util.Map;
import org.mentorat.notification.message.NotificationKind;

/**
 * A notification some fact calls for: who gets it, why, about which aggregate ({@code relatedId})
 * and the few ids a client needs to render and link it ({@code details}).
 *
 * @param id the notification's id when its sender chose one (the outgoing message's id, so that
 *     each reminder of a series is its own notification); null: derived from tenant, kind,
 *     related id and recipient, one notification per person and aggregate
 * @param title the rendered headline, null when the client renders from {@code kind}
 * @param summary the rendered sentence or two under it, null likewise
 */
public record NewNotification(
        String tenantId,
        String recipientId,
        NotificationKind kind,
        String relatedId,
        Map<String, String> details,
        String id,
        String title,
        String summary) {

    public NewNotification {
        details = Map.copyOf(details);
    }
}
