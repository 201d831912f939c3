package org.mentorat.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorat.notification.Mailbox.awaitOnlyMailTo;
import static org.mentorat.testkit.EventProbe.ofTypeAbout;
import static org.mentorat.testkit.HttpApi.JSON;
import static org.mentorat.testkit.HttpApi.expect;
import static org.mentorat.testkit.HttpApi.problem;

import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.InputStream;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Uid;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.mentorat.events.notification.NotificationSent;
import org.mentorat.notification.RecordingOptOuts.OptOut;
import org.mentorat.notification.dispatch.Dispatches;
import org.mentorat.notification.dispatch.NoDelaySocketFactory;
import org.mentorat.notification.dispatch.QueueAccess;
import org.mentorat.notification.message.Category;
import org.mentorat.notification.message.NotificationKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/** Emails reach a real SMTP server written as mail clients and calendars expect them, once. */
class EmailDispatchIT extends RunningNotificationService {

    @Autowired
    Dispatches dispatches;

    @Autowired
    RecordingOptOuts optOuts;

    @Autowired
    JavaMailSender mailSender;

    /** Every mail of these tests goes through the factory; a connection with Nagle on costs ~40 ms a mail. */
    @Test
    void mailsLeaveOverConnectionsWithoutNaglesDelay() {
        assertThat(((JavaMailSenderImpl) mailSender).getSession().getProperty("mail.smtp.socketFactory.class"))
                .isEqualTo(NoDelaySocketFactory.class.getName());
    }

    @Test
    void aSessionInviteArrivesOnceWithTextHtmlAndAnInviteCalendarsRead() throws Exception {
        Outgoing invite = Outgoing.email(pair.tenant(), pair.menteeId(), NotificationKind.SESSION_SCHEDULED)
                .with(Outgoing.invite("session-ses-1@mentorat", "REQUEST"));
        String id = QueueAccess.idOf(pair.tenant(), invite.key());

        assertThat(dispatches.schedule(invite.build())).isTrue();

        MimeMessage mail = awaitOnlyMailTo(invite.address());
        assertThat(mail.getSubject()).isEqualTo("Votre séance avec Zoé commence bientôt");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("Mentorat <no-reply@mentorat.local>");
        assertThat(mail.getMessageID()).isEqualTo("<" + id + "@mentorat.local>");
        assertThat(mail.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        assertThat(mail.getHeader("Content-Language", null)).isEqualTo("fr");
        assertThat(mail.getHeader("List-Unsubscribe")).as("an invite is transactional").isNull();
        MimeMultipart mixed = (MimeMultipart) mail.getContent();
        assertThat(mixed.getContentType()).startsWith("multipart/mixed");
        MimeMultipart bodies = (MimeMultipart) mixed.getBodyPart(0).getContent();
        assertThat(new ContentType(bodies.getContentType()).getBaseType()).isEqualTo("multipart/alternative");
        assertThat(bodies.getCount()).isEqualTo(3);
        assertThat(bodies.getBodyPart(0).isMimeType("text/plain")).isTrue();
        assertThat((String) bodies.getBodyPart(0).getContent()).isEqualTo("Votre séance avec Zoé commence à 16 h.");
        assertThat(bodies.getBodyPart(1).isMimeType("text/html")).isTrue();
        assertThat((String) bodies.getBodyPart(1).getContent()).contains("<b>Zoé</b>");
        ContentType inline = new ContentType(bodies.getBodyPart(2).getContentType());
        assertThat(inline.getBaseType()).isEqualTo("text/calendar");
        assertThat(inline.getParameter("method")).isEqualTo("REQUEST");
        assertThat(inline.getParameter("charset")).isEqualTo("UTF-8");
        BodyPart attachment = mixed.getBodyPart(1);
        assertThat(attachment.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(attachment.getFileName()).isEqualTo("invite.ics");
        VEvent event = eventOf(attachment);
        assertThat(event.<Uid>getProperty(Property.UID).orElseThrow().getValue()).isEqualTo("session-ses-1@mentorat");
        assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo("Séance de mentorat");

        ConsumerRecord<String, byte[]> sent = events().await(ofTypeAbout(NotificationSent.TYPE, id));
        JsonNode data = JSON.readTree(sent.value());
        assertThat(data.get("channel").asString()).isEqualTo("EMAIL");
        assertThat(data.get("kind").asString()).isEqualTo("SESSION_SCHEDULED");
        assertThat(data.get("recipientId").asString()).isEqualTo(pair.menteeId());
        assertThat(queue.statusOf(pair.tenant(), invite.key())).contains("SENT");
    }

    @Test
    void scheduledAgainUnderTheSameKeyNothingNewIsSent() {
        Outgoing request = Outgoing.email(pair.tenant(), pair.mentorId(), NotificationKind.FEEDBACK_REQUEST);

        assertThat(dispatches.schedule(request.build())).isTrue();
        assertThat(dispatches.schedule(request.build())).isFalse();
        awaitOnlyMailTo(request.address());
        assertThat(dispatches.schedule(request.build())).isFalse();

        awaitOnlyMailTo(request.address());
        assertThat(events().matching(ofTypeAbout(NotificationSent.TYPE,
                QueueAccess.idOf(pair.tenant(), request.key())))).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void aReminderOffersOneClickUnsubscribeThatOptsThePersonOutOfReminders() throws Exception {
        Outgoing reminder = Outgoing.email(pair.tenant(), pair.menteeId(), NotificationKind.SESSION_REMINDER);
        dispatches.schedule(reminder.build());

        MimeMessage mail = awaitOnlyMailTo(reminder.address());
        assertThat(mail.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        Matcher link = Pattern.compile("^<(http://localhost:8080(/api/v1/notification-preferences/unsubscribe/[^>]+))>$")
                .matcher(mail.getHeader("List-Unsubscribe", null));
        assertThat(link.find()).as(mail.getHeader("List-Unsubscribe", null)).isTrue();
        String path = link.group(2);

        JsonNode done = expect(oneClick(path, "List-Unsubscribe=One-Click"), 200);
        assertThat(done.get("category").asString()).isEqualTo("REMINDERS");
        assertThat(optOuts.recorded()).contains(new OptOut(pair.tenant(), pair.menteeId(), Category.REMINDERS));
        JsonNode noClick = problem(oneClick(path, "List-Unsubscribe=Maybe"), 400, "validation");
        assertThat(noClick.get("errors").findValuesAsString("field")).containsExactly("List-Unsubscribe");
        String forged = path.substring(0, path.length() - 2) + (path.endsWith("AA") ? "BB" : "AA");
        problem(oneClick(forged, "List-Unsubscribe=One-Click"), 404, "not-found");
    }

    /** As a mail client posts it (RFC 8058): no bearer token, a form body. */
    private ResponseEntity<String> oneClick(String path, String body) {
        return service.anonymous().send(RequestEntity.post(URI.create(path))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(body));
    }

    private static VEvent eventOf(BodyPart attachment) throws Exception {
        try (InputStream ics = attachment.getInputStream()) {
            Calendar calendar = new CalendarBuilder().build(ics);
            assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
            return (VEvent) calendar.getComponents().get(0);
        }
    }
}
