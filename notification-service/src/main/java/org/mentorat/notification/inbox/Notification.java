package org.mentorat.notification.inbox;

import java.time.Instant;
import java.util.Map;
import org.mentorat.notification.message.NotificationKind;
import org.mentorat.platform.store.Aggregate;
import org.mentorat.platform.store.Changed;

/**
 * One in-app notification in one person's inbox.
 *
 * <p>Public, like the enums it holds, because the store maps it with the MongoDB driver's record
 * codec, which reads components reflectively; its decisions stay package-private.
 */
public record Notification(
        String id,
        String tenantId,
        String recipientId,
        NotificationKind kind,
        NotificationChannel channel,
        String relatedId,
        Map<String, String> details,
        Instant createdAt,
        Instant readAt,
        long version,
        String title,
        String summary) implements Aggregate {

    public Notification {
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    /**
     * Puts the notification in the inbox without saying so: its sender (the dispatch queue)
     * publishes NotificationSent itself, once, whatever the channel.
     */
    static Changed<Notification> place(NewNotification request, Instant now) {
        return Changed.of(placed(request, now));
    }

    private static Notification placed(NewNotification request, Instant now) {
        requireText(request.tenantId(), "tenant");
        requireText(request.recipientId(), "recipient");
        requireText(request.relatedId(), "related id");
        requireText(request.id(), "id");
        return new Notification(request.id(), request.tenantId(), request.recipientId(), request.kind(),
                NotificationChannel.IN_APP, request.relatedId(), request.details(), now, null, 0, request.title(),
                request.summary());
    }

    /** Reading twice changes nothing: a read notification keeps its first read time. */
    Changed<Notification> markRead(Instant now) {
        if (isRead()) {
            return Changed.of(this);
        }
        return Changed.of(new Notification(id, tenantId, recipientId, kind, channel, relatedId, details, createdAt,
                now, version, title, summary));
    }

    boolean isRead() {
        return readAt != null;
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a notification needs a " + name);
        }
    }
}
