package org.mentorat.events.notification;

import java.time.Instant;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.EventType;

/**
 * A notification could not reach its recipient on a channel and will not be tried again: the
 * last of {@code attempts} tries failed, or the failure was permanent (an address or webhook the
 * channel refuses). {@code reason} says what went wrong, for operators, without personal text.
 * Subject: the notification id.
 */
@EventType(NotificationFailed.TYPE)
public record NotificationFailed(
        String notificationId,
        String recipientId,
        String kind,
        String channel,
        String relatedId,
        int attempts,
        String reason,
        Instant failedAt) implements DomainEvent {

    public static final String TYPE = "org.mentorat.notification.notification-failed.v1";
}
