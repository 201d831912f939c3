package org.mentorat.notification.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.mentorat.events.notification.NotificationSent;

/** One in-app notification in one person's inbox. */
record Notification(
        String id,
        String tenantId,
        String recipientId,
        NotificationKind kind,
        String channel,
        String relatedId,
        Map<String, String> details,
        Instant createdAt,
        Instant readAt,
        long version) {

    static final String IN_APP = "IN_APP";

    Notification {
        details = Map.copyOf(details);
    }

    /**
     * One person is told one thing about one aggregate once: the id derives from exactly that,
     * so a redelivered event collides on {@code _id} instead of notifying twice.
     */
    static String idFor(String tenantId, NotificationKind kind, String relatedId, String recipientId) {
        String key = "notification:" + tenantId + ":" + kind + ":" + relatedId + ":" + recipientId;
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }

    static Delivered deliver(NewNotification request, Instant now) {
        requireText(request.tenantId(), "tenant");
        requireText(request.recipientId(), "recipient");
        requireText(request.relatedId(), "related id");
        String id = idFor(request.tenantId(), request.kind(), request.relatedId(), request.recipientId());
        Notification notification = new Notification(id, request.tenantId(), request.recipientId(), request.kind(),
                IN_APP, request.relatedId(), request.details(), now, null, 0);
        return new Delivered(notification, List.of(new NotificationSent(id, request.recipientId(),
                request.kind().name(), IN_APP, request.relatedId(), now)));
    }

    /** @return the notification as read, or empty if it already was: reading twice changes nothing */
    Optional<Notification> markRead(Instant now) {
        if (isRead()) {
            return Optional.empty();
        }
        return Optional.of(new Notification(id, tenantId, recipientId, kind, channel, relatedId, details, createdAt,
                now, version));
    }

    boolean isRead() {
        return readAt != null;
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a notification needs a " + name);
        }
    }

    /** A new notification and the events its delivery caused. */
    record Delivered(Notification notification, List<NotificationSent> events) {
    }
}
