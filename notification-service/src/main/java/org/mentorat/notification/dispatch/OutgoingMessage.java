package org.mentorat.notification.dispatch;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.mentorat.notification.message.NotificationKind;
import org.mentorat.notification.message.RenderedMessage;

/**
 * One message to one person on one channel, at a time, written out already.
 *
 * @param id the idempotency key, derived from the cause (event id, occurrence): scheduling the
 *     same key again in the tenant changes nothing
 * @param relatedId the aggregate the message is about (session, match, program)
 * @param address the email address for {@code EMAIL}; null for {@code IN_APP} and chat, which
 *     reach the person through the inbox or the tenant's webhook
 * @param dueAt when to send it; a time in the past means now
 * @param notAfter after this moment the message no longer makes sense (a 1 h reminder once the
 *     session started) and is dropped instead of sent late; null: no deadline
 * @param cancelGroup the group {@link Dispatches#cancel} cancels together, e.g.
 *     {@code reminders:{sessionId}}; null: none
 */
public record OutgoingMessage(
        String tenantId,
        String id,
        String recipientId,
        Channel channel,
        NotificationKind kind,
        String relatedId,
        String address,
        RenderedMessage content,
        List<Attachment> attachments,
        Instant dueAt,
        Instant notAfter,
        String cancelGroup,
        Map<String, String> details) {

    /** Checked here, when a trigger builds it: a message that could never be sent fails its event, not the queue. */
    public OutgoingMessage {
        require(tenantId, "tenantId");
        require(id, "id");
        require(recipientId, "recipientId");
        require(relatedId, "relatedId");
        if (channel == null || kind == null || content == null || dueAt == null) {
            throw new IllegalArgumentException("an outgoing message needs a channel, a kind, its content and a due time");
        }
        if (channel == Channel.EMAIL) {
            require(address, "address");
            require(content.subject(), "subject");
            require(content.text(), "text");
            require(content.html(), "html");
        } else {
            require(content.title(), "title");
        }
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    /** A message without ids for clients to link to. */
    public OutgoingMessage(String tenantId, String id, String recipientId, Channel channel, NotificationKind kind,
            String relatedId, String address, RenderedMessage content, List<Attachment> attachments, Instant dueAt,
            Instant notAfter, String cancelGroup) {
        this(tenantId, id, recipientId, channel, kind, relatedId, address, content, attachments, dueAt, notAfter,
                cancelGroup, Map.of());
    }

    private static void require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an outgoing message needs its " + name);
        }
    }
}
