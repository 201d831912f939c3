package org.mentorat.notification.inbox;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;
import org.mentorat.notification.message.NotificationKind;
import org.mentorat.platform.web.Identifiers;

/**
 * A notification as its recipient's client shows it: {@code title} and {@code summary} are
 * written in the recipient's language when the notification came through the dispatch queue,
 * absent otherwise (the client renders from {@code kind} and {@code details}).
 */
record NotificationResponse(
        @Schema(maxLength = Identifiers.MAX_LENGTH) String id,
        NotificationKind kind,
        NotificationChannel channel,
        @Schema(maxLength = MAX_TEXT) String title,
        @Schema(maxLength = MAX_TEXT) String summary,
        @Schema(maxLength = Identifiers.MAX_LENGTH) String relatedId,
        @Schema(maxProperties = 50, description = "What the client renders the notification from: ids, names and "
                + "times, each at most " + MAX_TEXT + " characters") Map<String, @Size(max = MAX_TEXT) String> details,
        Instant createdAt,
        boolean read,
        Instant readAt) {

    /** Title and summary are one line each, rendered from templates: well under this. */
    static final int MAX_TEXT = 1000;

    static NotificationResponse of(Notification notification) {
        return new NotificationResponse(notification.id(), notification.kind(), notification.channel(),
                notification.title(), notification.summary(), notification.relatedId(), notification.details(),
                notification.createdAt(), notification.isRead(), notification.readAt());
    }
}
