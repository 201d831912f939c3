package org.mentorat.notification.dispatch;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * EMAIL over SMTP with Spring's {@link JavaMailSender}. A mail server that cannot be reached, or
 * refuses for now, is tried again; an address it refuses, or one that is not an address at all,
 * is not. Reasons name the failure, never the address.
 */
@Component
class EmailSender implements ChannelSender {

    static {
        // Jakarta Mail looks its stream provider up through the ServiceLoader, scanning the class
        // path, on every MIME operation (a tenth of the work of sending a mail) unless this
        // documented property names it: the implementation the service ships, Angus Mail's
        System.getProperties().putIfAbsent("jakarta.mail.util.StreamProvider",
                "org.eclipse.angus.mail.util.MailStreamProvider");
    }

    private final JavaMailSender mail;
    private final EmailComposer composer;
    private final Clock clock;

    EmailSender(JavaMailSender mail, EmailComposer composer, Clock clock) {
        this.mail = mail;
        this.composer = composer;
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void send(Dispatch message) throws DeliveryFailure {
        MimeMessage mime = mail.createMimeMessage();
        try {
            composer.compose(mime, message, clock.instant());
        } catch (MessagingException e) {
            throw DeliveryFailure.permanent("the mail could not be written: " + e.getClass().getSimpleName(), e);
        }
        try {
            mail.send(mime);
        } catch (MailSendException e) {
            if (refusedRecipient(e)) {
                throw DeliveryFailure.permanent("the mail server refused the recipient", e);
            }
            throw DeliveryFailure.retryable(notTaken(e), e);
        } catch (MailAuthenticationException e) {
            throw DeliveryFailure.retryable("the mail server refused our credentials", e);
        } catch (MailException e) {
            throw DeliveryFailure.retryable(notTaken(e), e);
        }
    }

    private static boolean refusedRecipient(MailSendException e) {
        return e.getFailedMessages().values().stream().anyMatch(EmailSender::refusesAddresses)
                || refusesAddresses(e.getCause());
    }

    private static boolean refusesAddresses(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SendFailedException refused && refused.getInvalidAddresses() != null
                    && refused.getInvalidAddresses().length > 0) {
                return true;
            }
        }
        return false;
    }

    /** Spring reports a connection that failed as a send that failed: the root cause tells them apart. */
    private static String notTaken(MailException e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String what = cause instanceof java.io.IOException ? "the mail server is unreachable: "
                : "the mail server did not take the mail: ";
        return what + cause.getClass().getSimpleName();
    }
}
