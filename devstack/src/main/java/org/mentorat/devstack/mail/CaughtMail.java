package org.mentorat.devstack.mail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One mail as the catcher received it: one SMTP transaction, whatever its number of recipients.
 * {@code recipients} are the envelope's (RCPT TO), so a Bcc shows too; {@code raw} is the source
 * as it arrived (RFC 5322), {@code from} and {@code subject} are read from its headers, decoded.
 */
record CaughtMail(long id, Instant receivedAt, String from, List<String> recipients, String subject, byte[] raw) {

    CaughtMail {
        recipients = List.copyOf(recipients);
    }

    CaughtMail withRecipient(String recipient) {
        List<String> more = new ArrayList<>(recipients);
        more.add(recipient);
        return new CaughtMail(id, receivedAt, from, more, subject, raw);
    }
}
