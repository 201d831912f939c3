package org.mentorat.benchmarks.notification;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A real SMTP server (GreenMail) in the benchmark's JVM that notes each mail it accepts (its
 * Message-ID, recipient, language and arrival time) and then forgets the content: 100,000 mails
 * kept whole would fill the heap the measured service shares with it.
 *
 * <p>Its connections answer without Nagle's delay, as a mail server does (Postfix writes each reply
 * at once): GreenMail writes a reply in two pieces, and the second would wait for the client's
 * delayed acknowledgement, some 40 ms a mail that no real server costs.
 */
final class MailCatcher implements AutoCloseable {

    private final GreenMail server = new NoDelayGreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    private final Map<String, Integer> byMessageId = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Arrival> arrivals = new ConcurrentLinkedQueue<>();
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();

    /** One accepted mail: the wall-clock time (epoch milliseconds) the server had it all. */
    record Arrival(String messageId, String recipient, String language, long atMillis) {
    }

    MailCatcher() {
        server.start();
        server.getUserManager().setMessageDeliveryHandler(this::arrived);
    }

    int port() {
        return server.getSmtp().getPort();
    }

    long received() {
        return received.get();
    }

    int distinct() {
        return byMessageId.size();
    }

    /** How many distinct messages (by Message-ID) arrived for recipients {@code recipients} accepts. */
    long distinctTo(java.util.function.Predicate<String> recipients) {
        return arrivals.stream().filter(arrival -> recipients.test(arrival.recipient())).map(Arrival::messageId)
                .distinct().count();
    }

    /** Mails whose Message-ID had already arrived: the same message sent twice. */
    long duplicates() {
        return duplicates.get();
    }

    List<Arrival> arrivals() {
        return List.copyOf(arrivals);
    }

    /** How many mails arrived in each language (Content-Language), sorted by language. */
    Map<String, Long> byLanguage() {
        Map<String, Long> counts = new TreeMap<>();
        arrivals.forEach(arrival -> counts.merge(String.valueOf(arrival.language()), 1L, Long::sum));
        return counts;
    }

    private GreenMailUser arrived(MovingMessage mail, MailAddress recipient) throws MessagingException {
        long at = System.currentTimeMillis();
        MimeMessage message = mail.getMessage();
        String messageId = message.getMessageID();
        arrivals.add(new Arrival(messageId, recipient.getEmail(), message.getHeader("Content-Language", null), at));
        if (byMessageId.merge(String.valueOf(messageId), 1, Integer::sum) > 1) {
            duplicates.incrementAndGet();
        }
        received.incrementAndGet();
        return new Discarding(recipient.getEmail());
    }

    @Override
    public void close() {
        server.stop();
    }

    private static final class NoDelayGreenMail extends GreenMail {

        NoDelayGreenMail(ServerSetup setup) {
            super(setup);
        }

        @Override
        protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
            return Map.of(ServerSetup.PROTOCOL_SMTP, new SmtpServer(config[0], managers) {
                @Override
                protected ProtocolHandler createProtocolHandler(Socket client) {
                    try {
                        client.setTcpNoDelay(true);
                    } catch (SocketException e) {
                        throw new UncheckedIOException(e);
                    }
                    return super.createProtocolHandler(client);
                }
            });
        }
    }

    /** The mailbox of everyone: it keeps nothing. */
    private record Discarding(String email) implements GreenMailUser {

        @Override
        public String getEmail() {
            return email;
        }

        @Override
        public String getLogin() {
            return email;
        }

        @Override
        public void deliver(MovingMessage message) {
            // noted on arrival; the content is not needed
        }

        @Override
        public void deliver(MimeMessage message) {
            // noted on arrival; the content is not needed
        }

        @Override
        public void create() {
        }

        @Override
        public void delete() {
        }

        @Override
        public String getPassword() {
            return "";
        }

        @Override
        public void setPassword(String password) {
        }

        @Override
        public void authenticate(String password) {
        }

        @Override
        public String getQualifiedMailboxName() {
            return email;
        }
    }
}
