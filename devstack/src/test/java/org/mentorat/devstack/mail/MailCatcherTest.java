package org.mentorat.devstack.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The catcher as a service sees it (Jakarta Mail over SMTP) and as a developer sees it (its pages and JSON). */
class MailCatcherTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String INVITE = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n";

    private final HttpClient http = HttpClient.newHttpClient();
    private MailCatcher catcher;

    @BeforeEach
    void start() throws Exception {
        catcher = MailCatcher.start("127.0.0.1", 0, 0);
    }

    @AfterEach
    void stop() {
        catcher.close();
    }

    @Test
    void aMailIsListedOnceWithEveryEnvelopeRecipientAndItsRawSource() throws Exception {
        Instant before = Instant.now();
        send("Séance de mentorat : rappel", List.of("karim@acme.example", "jo@acme.example"), "amelie@acme.example");

        JsonNode mail = await().atMost(Duration.ofSeconds(10)).until(this::messages, list -> list.size() == 1).get(0);

        assertThat(mail.get("from").asString()).isEqualTo("Mentorat <noreply@mentorat.example>");
        assertThat(mail.get("recipients").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("karim@acme.example", "jo@acme.example", "amelie@acme.example");
        assertThat(mail.get("subject").asString()).isEqualTo("Séance de mentorat : rappel");
        assertThat(Instant.parse(mail.get("date").asString())).isBetween(before.minusSeconds(1), Instant.now());
        HttpResponse<byte[]> raw = get(URI.create(mail.get("raw").asString()));
        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.headers().firstValue("Content-Type")).hasValue("message/rfc822");
        MimeMessage source = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw.body()));
        assertThat(source.getSubject()).isEqualTo("Séance de mentorat : rappel");
        assertThat(MailParts.of(raw.body()).attachments()).singleElement().satisfies(attachment -> {
            assertThat(attachment.filename()).isEqualTo("invite.ics");
            assertThat(attachment.contentType()).isEqualTo("text/calendar");
            assertThat(new String(attachment.bytes(), StandardCharsets.UTF_8)).isEqualTo(INVITE);
        });
    }

    @Test
    void theListShowsTheNewestFirstWithWhatTheyContainEscaped() throws Exception {
        send("First", List.of("karim@acme.example"), null);
        send("Second <script>alert(1)</script>", List.of("jo@acme.example"), null);

        List<JsonNode> mails = await().atMost(Duration.ofSeconds(10)).until(this::messages, list -> list.size() == 2);
        assertThat(mails).extracting(mail -> mail.get("subject").asString())
                .containsExactly("Second <script>alert(1)</script>", "First");
        HttpResponse<String> page = getText(catcher.webUrl());
        assertThat(page.body()).contains("Second &lt;script&gt;alert(1)&lt;/script&gt;", "First",
                "href=\"/messages/" + mails.getFirst().get("id").asLong() + "\"").doesNotContain("<script>");
        assertThat(mails.getFirst().get("page").asString()).isEqualTo(catcher.webUrl() + "messages/"
                + mails.getFirst().get("id").asLong());
    }

    @Test
    void aMailsPageShowsItsTextAndItsHtmlOnlyInASandbox() throws Exception {
        send("Your session", List.of("karim@acme.example"), null);
        JsonNode mail = await().atMost(Duration.ofSeconds(10)).until(this::messages, list -> list.size() == 1).get(0);
        URI page = URI.create(mail.get("page").asString());

        HttpResponse<String> shown = getText(page);
        HttpResponse<String> html = getText(URI.create(page + "/html"));
        HttpResponse<byte[]> attachment = get(URI.create(page + "/attachments/0"));

        assertThat(shown.body()).contains("<iframe sandbox src=\"/messages/", "Hello Karim &amp; welcome", "invite.ics");
        assertThat(html.body()).isEqualTo("<p>Hello <b>Karim</b> &amp; welcome</p>");
        assertThat(html.headers().firstValue("Content-Security-Policy")).get().asString().startsWith("sandbox;");
        assertThat(new String(attachment.body(), StandardCharsets.UTF_8)).isEqualTo(INVITE);
    }

    @Test
    void deletingTheListEmptiesItAndAMailNoLongerThereIsNotFound() throws Exception {
        send("Gone soon", List.of("karim@acme.example"), null);
        JsonNode mail = await().atMost(Duration.ofSeconds(10)).until(this::messages, list -> list.size() == 1).get(0);

        HttpResponse<Void> deleted = http.send(HttpRequest.newBuilder(catcher.apiUrl()).DELETE().build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(messages()).isEmpty();
        assertThat(get(URI.create(mail.get("raw").asString())).statusCode()).isEqualTo(404);
        assertThat(http.send(HttpRequest.newBuilder(catcher.webUrl()).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(405);
    }

    private List<JsonNode> messages() throws Exception {
        HttpResponse<String> response = getText(catcher.apiUrl());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        return JSON.readTree(response.body()).valueStream().toList();
    }

    /** What notification-service sends: text and HTML alternatives, and an invite attached. */
    private void send(String subject, List<String> to, String bcc) throws MessagingException, UnsupportedEncodingException {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", Integer.toString(catcher.smtpPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress("noreply@mentorat.example", "Mentorat"));
        for (String recipient : to) {
            message.addRecipient(RecipientType.TO, new InternetAddress(recipient));
        }
        if (bcc != null) {
            message.addRecipient(RecipientType.BCC, new InternetAddress(bcc));
        }
        message.setSubject(subject, "UTF-8");
        MimeMultipart alternatives = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Hello Karim & welcome", "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent("<p>Hello <b>Karim</b> &amp; welcome</p>", "text/html; charset=UTF-8");
        alternatives.addBodyPart(text);
        alternatives.addBodyPart(html);
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternatives);
        MimeBodyPart invite = new MimeBodyPart();
        invite.setContent(INVITE, "text/calendar; charset=UTF-8; method=REQUEST");
        invite.setFileName("invite.ics");
        MimeMultipart mixed = new MimeMultipart("mixed", body, invite);
        message.setContent(mixed);
        Transport.send(message);
    }

    private HttpResponse<byte[]> get(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> getText(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
