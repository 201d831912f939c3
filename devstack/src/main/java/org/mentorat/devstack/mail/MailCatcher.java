package org.mentorat.devstack.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;

/**
 * An SMTP server that delivers nowhere: every mail the platform sends is caught, whoever it is
 * for, and shown on a small web page and as JSON, so a newcomer sees what was sent. GreenMail
 * speaks SMTP; the mails live in memory (the newest {@link #CAPACITY}) until the catcher stops.
 */
public final class MailCatcher implements AutoCloseable {

    public static final int CAPACITY = 1_000;

    private final GreenMail smtp;
    private final MailWeb web;

    private MailCatcher(GreenMail smtp, MailWeb web) {
        this.smtp = smtp;
        this.web = web;
    }

    /** Port 0 picks a free port (tests). */
    public static MailCatcher start(String host, int smtpPort, int webPort) throws IOException {
        MailStore store = new MailStore(CAPACITY, Clock.systemUTC());
        ServerSetup setup = new ServerSetup(smtpPort, host, ServerSetup.PROTOCOL_SMTP);
        GreenMail smtp = new GreenMail(smtpPort == 0 ? setup.dynamicPort() : setup);
        try {
            smtp.start();
        } catch (IllegalStateException e) {
            throw new IOException("cannot start the SMTP server on " + host + ":" + smtpPort + ": " + e.getMessage(), e);
        }
        smtp.getUserManager().setMessageDeliveryHandler((message, address) -> new CatchingUser(address.getEmail(), store));
        try {
            return new MailCatcher(smtp, new MailWeb(store, host, webPort));
        } catch (IOException | RuntimeException e) {
            smtp.stop();
            throw e;
        }
    }

    public int smtpPort() {
        return smtp.getSmtp().getPort();
    }

    /** The page listing the mails; the JSON list is {@link #apiUrl()}. */
    public URI webUrl() {
        return web.baseUrl();
    }

    public URI apiUrl() {
        return web.baseUrl().resolve(MailWeb.API);
    }

    @Override
    public void close() {
        web.close();
        smtp.stop();
    }
}
