package org.mentorat.notification.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.mentorat.events.notification.NotificationSent;
import org.mentorat.platform.store.Aggregate;
import org.mentorat.platform.store.Changed;
import org.mentorat.notification.message.NotificationKind;

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
     * One person is told one thing about one aggregate once: the id derives from exactly that,
     * so a redelivered event collides on {@code _id} instead of notifying twice.
     */
    static String idFor(String tenantId, NotificationKind kind, String relatedId, String recipientId) {
        String key = "notification:" + tenantId + ":" + kind + ":" + relatedId + ":" + recipientId;
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }

    static Changed<Notification> deliver(NewNotification request, Instant now) {
        Notification notification = placed(request, now);
        return Changed.of(notification, new NotificationSent(notification.id(), request.recipientId(),
                request.kind().name(), notification.channel().name(), request.relatedId(), now));
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
        String id = request.id() != null ? request.id()
                : idFor(request.tenantId(), request.kind(), request.relatedId(), request.recipientId());
        return new Notification(id, request.tenantId(), request.recipientId(), request.kind(),
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
