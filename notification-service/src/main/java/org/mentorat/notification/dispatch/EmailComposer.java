package org.mentorat.notification.dispatch;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.mentorat.notification.message.Category;
import org.mentorat.notification.unsubscribe.UnsubscribeLinks;
import org.springframework.stereotype.Component;

/**
 * Writes a message as a MIME email: text and HTML as {@code multipart/alternative}, a calendar
 * invite also as a third alternative (where Outlook and Gmail look for it to show the invite with
 * its buttons) and as an attachment, other files as attachments. Every mail of one message has
 * the same Message-ID, so a repeat after a crash is recognisably the same mail.
 */
@Component
class EmailComposer {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final EmailProperties properties;
    private final UnsubscribeLinks unsubscribe;

    EmailComposer(EmailProperties properties, UnsubscribeLinks unsubscribe) {
        this.properties = properties;
        this.unsubscribe = unsubscribe;
    }

    void compose(MimeMessage mail, Dispatch message, Instant now) throws MessagingException {
        DispatchContent content = message.content();
        InternetAddress from = new InternetAddress(properties.from(), true);
        mail.setFrom(from);
        if (properties.replyTo() != null && !properties.replyTo().isBlank()) {
            mail.setReplyTo(InternetAddress.parse(properties.replyTo(), true));
        }
        mail.setRecipient(Message.RecipientType.TO, new InternetAddress(message.address(), true));
        mail.setSubject(content.subject(), UTF_8);
        mail.setSentDate(Date.from(now));
        mail.setHeader("Message-ID", messageId(message, from));
        // RFC 3834: an automatic mail, which out-of-office responders must not answer
        mail.setHeader("Auto-Submitted", "auto-generated");
        if (content.language() != null) {
            mail.setHeader("Content-Language", content.language());
        }
        listUnsubscribe(mail, message);
        mail.setContent(body(message));
    }

    static String messageId(Dispatch message, InternetAddress from) {
        String address = from.getAddress();
        String domain = address.contains("@") ? address.substring(address.indexOf('@') + 1) : "mentorat.local";
        return "<" + message.id() + "@" + domain + ">";
    }

    /** RFC 8058 one-click unsubscribe from the message's category, unless the mail is transactional. */
    private void listUnsubscribe(MimeMessage mail, Dispatch message) throws MessagingException {
        Category category = message.kind().category();
        if (!unsubscribe.offeredFor(category)) {
            return;
        }
        String links = "<" + unsubscribe.linkFor(message.tenantId(), message.recipientId(), category) + ">";
        Optional<java.net.URI> mailto = unsubscribe.mailtoFor(message.tenantId(), message.recipientId(), category);
        if (mailto.isPresent()) {
            links += ", <" + mailto.get() + ">";
        }
        mail.setHeader("List-Unsubscribe", links);
        mail.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }

    private static MimeMultipart body(Dispatch message) throws MessagingException {
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.content().text(), UTF_8, "plain");
        alternative.addBodyPart(text);
        MimeBodyPart html = new MimeBodyPart();
        html.setText(message.content().html(), UTF_8, "html");
        alternative.addBodyPart(html);
        for (Attachment attachment : message.attachments()) {
            if (attachment.isCalendar()) {
                MimeBodyPart invite = new MimeBodyPart();
                invite.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.bytes(), withCharset(attachment))));
                alternative.addBodyPart(invite);
            }
        }
        if (message.attachments().isEmpty()) {
            return alternative;
        }
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart bodies = new MimeBodyPart();
        bodies.setContent(alternative);
        mixed.addBodyPart(bodies);
        for (Attachment attachment : message.attachments()) {
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.bytes(), withCharset(attachment))));
            file.setFileName(attachment.filename());
            file.setDisposition(Part.ATTACHMENT);
            mixed.addBodyPart(file);
        }
        return mixed;
    }

    /** Calendar and other text parts say they are UTF-8, as iCalendar requires. */
    private static String withCharset(Attachment attachment) throws MessagingException {
        ContentType type = new ContentType(attachment.contentType());
        if (type.getPrimaryType().equalsIgnoreCase("text") && type.getParameter("charset") == null) {
            type.setParameter("charset", UTF_8);
        }
        return type.toString();
    }
}
