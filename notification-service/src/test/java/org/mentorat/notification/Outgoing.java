package org.mentorat.notification;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.mentorat.notification.dispatch.Attachment;
import org.mentorat.notification.dispatch.Channel;
import org.mentorat.notification.dispatch.OutgoingMessage;
import org.mentorat.notification.message.NotificationKind;
import org.mentorat.notification.message.RenderedMessage;

/**
 * Messages as a trigger would schedule them, for one recipient, with a key unique to the test.
 * Built step by step: {@code Outgoing.email(tenant, person, kind).due(at).build()}.
 */
record Outgoing(String tenantId, String key, String recipientId, Channel channel, NotificationKind kind,
        String address, Instant dueAt, Instant notAfter, String cancelGroup, List<Attachment> attachments) {

    static Outgoing email(String tenantId, String recipientId, NotificationKind kind) {
        return new Outgoing(tenantId, "key-" + UUID.randomUUID(), recipientId, Channel.EMAIL, kind,
                recipientId + "@example.org", Instant.now(), null, null, List.of());
    }

    static Outgoing on(Channel channel, String tenantId, String recipientId, NotificationKind kind) {
        return new Outgoing(tenantId, "key-" + UUID.randomUUID(), recipientId, channel, kind, null, Instant.now(), null,
                null, List.of());
    }

    Outgoing due(Instant at) {
        return new Outgoing(tenantId, key, recipientId, channel, kind, address, at, notAfter, cancelGroup, attachments);
    }

    Outgoing notAfter(Instant deadline) {
        return new Outgoing(tenantId, key, recipientId, channel, kind, address, dueAt, deadline, cancelGroup, attachments);
    }

    Outgoing inGroup(String group) {
        return new Outgoing(tenantId, key, recipientId, channel, kind, address, dueAt, notAfter, group, attachments);
    }

    Outgoing to(String otherAddress) {
        return new Outgoing(tenantId, key, recipientId, channel, kind, otherAddress, dueAt, notAfter, cancelGroup,
                attachments);
    }

    Outgoing with(Attachment... files) {
        return new Outgoing(tenantId, key, recipientId, channel, kind, address, dueAt, notAfter, cancelGroup,
                List.of(files));
    }

    OutgoingMessage build() {
        return new OutgoingMessage(tenantId, key, recipientId, channel, kind, "ses-" + key, address, rendered(), attachments,
                dueAt, notAfter, cancelGroup);
    }

    /** A French text with accents, so that a wrong charset shows. */
    static RenderedMessage rendered() {
        return new RenderedMessage("Votre séance avec Zoé commence bientôt",
                "<!doctype html><html lang=\"fr\"><body><p>Votre séance avec <b>Zoé</b> commence à 16 h.</p></body></html>",
                "Votre séance avec Zoé commence à 16 h.", "Séance dans 1 heure", "Avec Zoé, à 16 h.", Locale.FRENCH);
    }

    /** A session's invite, as session-service writes it. */
    static Attachment invite(String uid, String method) {
        return new Attachment("invite.ics", "text/calendar; method=" + method, String.join("\r\n",
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Mentorat//Sessions//EN", "METHOD:" + method,
                "BEGIN:VEVENT", "UID:" + uid, "SEQUENCE:1", "DTSTAMP:20260401T150000Z", "DTSTART:20260401T160000Z",
                "DTEND:20260401T164500Z", "SUMMARY:Séance de mentorat", "ORGANIZER:mailto:no-reply@mentorat.local",
                "ATTENDEE;RSVP=TRUE:mailto:mentee@example.org",
                "END:VEVENT", "END:VCALENDAR", "").getBytes(StandardCharsets.UTF_8));
    }
}
