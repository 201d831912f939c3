package org.mentorat.notification;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server in the test JVM (GreenMail), one for every test class, on a port chosen
 * once: stopping and starting it again on the same port is the mail server going down and up.
 */
final class Mailbox {

    private static final String HOST = "127.0.0.1";
    private static GreenMail server;
    private static int port;

    private Mailbox() {
    }

    static synchronized int port() {
        if (server == null) {
            start(new ServerSetup(0, HOST, ServerSetup.PROTOCOL_SMTP));
            port = server.getSmtp().getPort();
        }
        return port;
    }

    static String host() {
        return HOST;
    }

    static synchronized void stop() {
        server.stop();
    }

    /** Up again, on the same port, with an empty mailbox. */
    static synchronized void restart() {
        if (!server.isRunning()) {
            start(new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP));
        }
    }

    /** Waits for the one mail to {@code address}, and makes sure a second one does not follow. */
    static MimeMessage awaitOnlyMailTo(String address) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !receivedBy(address).isEmpty());
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> receivedBy(address).size() == 1);
        return receivedBy(address).get(0);
    }

    /** Every mail received for {@code address} since the server last started. */
    static synchronized List<MimeMessage> receivedBy(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(message -> isFor(message, address)).toList();
    }

    /** Every mail received for an address that contains {@code part}. */
    static synchronized List<MimeMessage> receivedByAnyOf(String part) {
        return Arrays.stream(server.getReceivedMessages())
                .filter(message -> recipients(message).stream().anyMatch(address -> address.contains(part))).toList();
    }

    private static void start(ServerSetup setup) {
        server = new GreenMail(setup);
        server.start();
    }

    private static boolean isFor(MimeMessage message, String address) {
        return recipients(message).contains(address);
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            Address[] all = message.getAllRecipients();
            return all == null ? List.of() : Arrays.stream(all).map(Address::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decoded text of every part of {@code type} ({@code text/plain}, {@code text/calendar}…), in order. */
    static List<String> partsOf(Part mail, String type) {
        List<String> found = new java.util.ArrayList<>();
        collect(mail, type, found);
        return found;
    }

    private static void collect(Part part, String type, List<String> found) {
        try {
            if (part.isMimeType("multipart/*")) {
                Multipart parts = (Multipart) part.getContent();
                for (int i = 0; i < parts.getCount(); i++) {
                    collect(parts.getBodyPart(i), type, found);
                }
            } else if (part.isMimeType(type)) {
                java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                part.getDataHandler().writeTo(bytes);
                found.add(bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
            }
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
