package org.mentorat.devstack.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * What a reader sees of a mail: its plain-text and HTML bodies (the first of each that is not an
 * attachment) and everything else as attachments, an iCalendar invite included.
 */
record MailParts(String text, String html, List<Attachment> attachments) {

    private static final Session SESSION = Session.getInstance(new Properties());

    /** One part that is neither body: its file name (made up when it has none), its type and its bytes. */
    record Attachment(String filename, String contentType, byte[] bytes) {
    }

    static MailParts of(byte[] raw) {
        try {
            MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
            Collector collector = new Collector();
            collector.walk(message);
            return new MailParts(collector.text, collector.html, List.copyOf(collector.attachments));
        } catch (MessagingException | IOException e) {
            return new MailParts("(this mail could not be read: " + e.getMessage() + ")", null, List.of());
        }
    }

    private static final class Collector {

        private String text;
        private String html;
        private final List<Attachment> attachments = new ArrayList<>();

        void walk(Part part) throws MessagingException, IOException {
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int index = 0; index < multipart.getCount(); index++) {
                    BodyPart child = multipart.getBodyPart(index);
                    walk(child);
                }
                return;
            }
            boolean attached = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null;
            if (!attached && text == null && part.isMimeType("text/plain")) {
                text = String.valueOf(part.getContent());
            } else if (!attached && html == null && part.isMimeType("text/html")) {
                html = String.valueOf(part.getContent());
            } else {
                attachments.add(attachment(part));
            }
        }

        private Attachment attachment(Part part) throws MessagingException, IOException {
            ContentType type = new ContentType(part.getContentType());
            String name = part.getFileName() != null ? part.getFileName()
                    : "part-" + (attachments.size() + 1) + "." + type.getSubType();
            try (InputStream in = part.getInputStream()) {
                return new Attachment(name, type.getBaseType(), in.readAllBytes());
            }
        }
    }
}
