package org.mentorat.devstack.mail;

import com.icegreen.greenmail.mail.MovingMessage;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The caught mails, in memory, newest kept: a local platform that runs for days must not fill
 * the launcher's heap, so past {@code capacity} the oldest go. GreenMail delivers one SMTP
 * transaction to its recipients one after the other, with the same {@link MovingMessage}: the
 * deliveries that share it make one mail with several recipients.
 */
final class MailStore {

    private final int capacity;
    private final Clock clock;
    private final Deque<CaughtMail> mails = new ArrayDeque<>();
    private MovingMessage lastSource;
    private long lastId;

    MailStore(int capacity, Clock clock) {
        this.capacity = capacity;
        this.clock = clock;
    }

    synchronized void record(MovingMessage source, String recipient) throws MessagingException, IOException {
        if (source == lastSource && !mails.isEmpty()) {
            mails.addLast(mails.removeLast().withRecipient(recipient));
            return;
        }
        MimeMessage message = source.getMessage();
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        message.writeTo(raw);
        mails.addLast(new CaughtMail(++lastId, clock.instant().truncatedTo(ChronoUnit.MILLIS), from(message), List.of(recipient),
                message.getSubject(), raw.toByteArray()));
        lastSource = source;
        while (mails.size() > capacity) {
            mails.removeFirst();
        }
    }

    /** Newest first. */
    synchronized List<CaughtMail> newestFirst() {
        return new ArrayList<>(mails.reversed());
    }

    synchronized Optional<CaughtMail> find(long id) {
        return mails.stream().filter(mail -> mail.id() == id).findFirst();
    }

    synchronized void clear() {
        mails.clear();
        lastSource = null;
    }

    int capacity() {
        return capacity;
    }

    private static String from(MimeMessage message) throws MessagingException {
        var from = message.getFrom();
        if (from == null || from.length == 0) {
            return "";
        }
        return from[0] instanceof InternetAddress address ? address.toUnicodeString() : from[0].toString();
    }
}
