package org.mentorat.events.notification;

import java.time.Instant;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.EventType;

/**
 * A notification reached a person on a channel. {@code kind} is the logical purpose
 * (for example {@code FEEDBACK_REQUEST}), {@code relatedId} the aggregate it is about.
 * Subject: the notification id.
 */
@EventType(NotificationSent.TYPE)
public record NotificationSent(
        String notificationId,
        String recipientId,
        String kind,
        String channel,
        String relatedId,
        Instant sentAt) implements DomainEvent {

    public static final String TYPE = "org.mentorat.notification.notification-sent.v1";
}
