package org.mentorat.devstack.mail;

import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Every address GreenMail delivers to: instead of a mailbox, the catcher's store, which keeps
 * each mail once for all its recipients. It has no password to check: a catcher takes everything.
 */
final class CatchingUser implements GreenMailUser {

    private final String email;
    private final MailStore store;

    CatchingUser(String email, MailStore store) {
        this.email = email;
        this.store = store;
    }

    @Override
    public void deliver(MovingMessage message) {
        try {
            store.record(message, email);
        } catch (MessagingException e) {
            throw new IllegalStateException("unreadable mail for " + email, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Only GreenMail's own API delivers a bare message; SMTP always comes with its envelope. */
    @Override
    public void deliver(MimeMessage message) {
        throw new UnsupportedOperationException("the catcher only takes mail over SMTP");
    }

    @Override
    public String getEmail() {
        return email;
    }

    @Override
    public String getLogin() {
        return email;
    }

    @Override
    public void create() {
        // nothing to create: the store is shared
    }

    @Override
    public void delete() {
        // nothing to delete: mails go with the store
    }

    @Override
    public String getPassword() {
        return "";
    }

    @Override
    public void setPassword(String password) {
        // any password is accepted
    }

    @Override
    public void authenticate(String password) {
        // any password is accepted
    }

    @Override
    public String getQualifiedMailboxName() {
        return email;
    }
}
