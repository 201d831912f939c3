package org.mentorat.devstack.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.mail.MovingMessage;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MailStoreTest {

    private final MailStore store = new MailStore(2, Clock.fixed(Instant.parse("2026-04-01T08:00:00Z"), ZoneOffset.UTC));

    @Test
    void theDeliveriesOfOneTransactionMakeOneMailWithEveryRecipient() throws Exception {
        MovingMessage invite = message("Invite");

        store.record(invite, "karim@acme.example");
        store.record(invite, "jo@acme.example");
        store.record(message("Reminder"), "karim@acme.example");

        assertThat(store.newestFirst()).extracting(CaughtMail::subject).containsExactly("Reminder", "Invite");
        assertThat(store.find(1)).get().extracting(CaughtMail::recipients)
                .isEqualTo(List.of("karim@acme.example", "jo@acme.example"));
        assertThat(store.find(1).orElseThrow().from()).isEqualTo("Mentorat <noreply@mentorat.example>");
    }

    @Test
    void pastItsCapacityTheOldestMailsGo() throws Exception {
        for (String subject : new String[] {"one", "two", "three"}) {
            store.record(message(subject), "karim@acme.example");
        }

        assertThat(store.newestFirst()).extracting(CaughtMail::id).containsExactly(3L, 2L);
        assertThat(store.find(1)).isEmpty();
    }

    private static MovingMessage message(String subject) throws Exception {
        MimeMessage mime = new MimeMessage(Session.getInstance(new Properties()));
        mime.setFrom(new InternetAddress("noreply@mentorat.example", "Mentorat"));
        mime.setSubject(subject);
        mime.setText("Hello");
        mime.saveChanges();
        MovingMessage moving = new MovingMessage();
        moving.setMimeMessage(mime);
        return moving;
    }
}
