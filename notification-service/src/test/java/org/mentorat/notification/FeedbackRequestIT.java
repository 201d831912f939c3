package org.mentorat.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mentorat.notification.NotificationServiceDriver.JSON;
import static org.mentorat.notification.NotificationServiceDriver.asPublished;
import static org.mentorat.notification.NotificationServiceDriver.bootstrap;
import static org.mentorat.notification.NotificationServiceDriver.person;
import static org.mentorat.notification.NotificationServiceDriver.problem;
import static org.mentorat.testkit.EventProbe.header;
import static org.mentorat.testkit.EventProbe.ofType;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorat.events.Topics;
import org.mentorat.events.notification.NotificationSent;
import org.mentorat.events.session.SessionCompleted;
import org.mentorat.platform.events.OutboxEvent;
import org.mentorat.testkit.EventProbe;
import org.mentorat.testkit.RealInfrastructure;
import org.mentorat.testkit.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

/** SessionCompleted on session-events asks both participants for feedback, exactly once each. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=notification-service", "management.server.port=0"})
@RealInfrastructure(database = "notification")
class FeedbackRequestIT {

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    NotificationServiceDriver driver;
    Pair pair;

    @BeforeEach
    void driver() {
        driver = new NotificationServiceDriver(port, kafka);
        pair = Pair.fresh("acme");
    }

    @Test
    void aCompletedSessionAsksMentorAndMenteeForFeedbackAndSaysSo() {
        SessionCompleted completed = pair.sessionCompleted();
        try (EventProbe probe = EventProbe.watching(bootstrap(), Topics.NOTIFICATION_EVENTS)) {
            driver.publish(pair.tenant(), completed);

            JsonNode forMentor = awaitRequest(pair.mentorId(), completed);
            JsonNode forMentee = awaitRequest(pair.menteeId(), completed);
            assertThat(forMentor.get("kind").asString()).isEqualTo("FEEDBACK_REQUEST");
            assertThat(forMentor.get("channel").asString()).isEqualTo("IN_APP");
            assertThat(forMentor.get("read").asBoolean()).isFalse();
            assertThat(forMentor.get("details").get("counterpartId").asString()).isEqualTo(pair.menteeId());
            assertThat(forMentor.get("details").get("mentorshipId").asString()).isEqualTo(pair.mentorshipId());
            assertThat(forMentee.get("details").get("counterpartId").asString()).isEqualTo(pair.mentorId());
            assertThat(forMentee.get("details").get("programId").asString()).isEqualTo(pair.programId());

            await().atMost(Duration.ofSeconds(30)).until(() -> probe.matching(sentAbout(completed)).size() >= 2);
            List<ConsumerRecord<String, byte[]>> sent = probe.matching(sentAbout(completed));
            assertThat(sent).hasSize(2);
            assertThat(sent).extracting(record -> data(record).get("recipientId").asString())
                    .containsExactlyInAnyOrder(pair.mentorId(), pair.menteeId());
            assertThat(sent).extracting(record -> data(record).get("notificationId").asString())
                    .containsExactlyInAnyOrder(forMentor.get("id").asString(), forMentee.get("id").asString());
            assertThat(sent).allSatisfy(record -> {
                assertThat(data(record).get("kind").asString()).isEqualTo("FEEDBACK_REQUEST");
                assertThat(data(record).get("channel").asString()).isEqualTo("IN_APP");
                assertThat(header(record, "ce_source")).isEqualTo("/notification-service");
                assertThat(header(record, "ce_tenantid")).isEqualTo("acme");
                assertThat(header(record, "ce_subject")).isEqualTo(data(record).get("notificationId").asString());
            });
        }
    }

    @Test
    void eachPersonReadsOnlyTheirOwnRequest() {
        SessionCompleted completed = pair.sessionCompleted();
        driver.publish(pair.tenant(), completed);
        String menteesId = awaitRequest(pair.menteeId(), completed).get("id").asString();
        awaitRequest(pair.mentorId(), completed);
        String read = "/api/v1/notifications/" + menteesId + "/read";

        problem(driver.post(read, person(pair.tenant(), pair.mentorId())), 404, "not-found");
        problem(driver.post(read, TestTokens.bearer(pair.tenant(), "admin-1", "PROGRAM_ADMIN")), 404, "not-found");
        problem(driver.post(read, person("globex", pair.menteeId())), 404, "not-found");
        assertThat(driver.inboxOf("globex", pair.menteeId())).isEmpty();
        assertThat(driver.inboxAbout(pair.tenant(), pair.menteeId(), completed.sessionId()).get(0).get("read")
                .asBoolean()).isFalse();
    }

    @Test
    void aReplayedSessionCompletedChangesNothing() {
        SessionCompleted completed = pair.sessionCompleted();
        OutboxEvent event = asPublished(pair.tenant(), completed);
        try (EventProbe probe = EventProbe.watching(bootstrap(), Topics.NOTIFICATION_EVENTS)) {
            driver.publish(event);
            String mentorsId = awaitRequest(pair.mentorId(), completed).get("id").asString();
            awaitRequest(pair.menteeId(), completed);
            JsonNode readOnce = NotificationServiceDriver.body(driver.post(
                    "/api/v1/notifications/" + mentorsId + "/read", person(pair.tenant(), pair.mentorId())));

            driver.publish(event);
            driver.publish(event);
            // one partition in tests: once a later session is applied, both replays have been too
            SessionCompleted later = pair.sessionCompleted();
            driver.publish(pair.tenant(), later);
            awaitRequest(pair.mentorId(), later);
            awaitRequest(pair.menteeId(), later);

            List<JsonNode> mentors = driver.inboxAbout(pair.tenant(), pair.mentorId(), completed.sessionId());
            assertThat(mentors).hasSize(1);
            assertThat(mentors.get(0).get("readAt").asString()).isEqualTo(readOnce.get("readAt").asString());
            assertThat(driver.inboxAbout(pair.tenant(), pair.menteeId(), completed.sessionId())).hasSize(1);
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10))
                    .until(() -> probe.matching(sentAbout(completed)).size() == 2);
        }
    }

    @Test
    void aCompletionMissingItsMenteeIsDeadLetteredAndNotifiesNobody() {
        SessionCompleted incomplete = new SessionCompleted("ses-incomplete-" + pair.mentorId(), pair.mentorshipId(),
                pair.programId(), pair.mentorId(), null, Pair.AT);
        try (EventProbe probe = EventProbe.watching(bootstrap(), Topics.deadLetterOf(Topics.SESSION_EVENTS))) {
            driver.publish(pair.tenant(), incomplete);

            ConsumerRecord<String, byte[]> dead = probe.await(record -> incomplete.sessionId().equals(record.key()));
            assertThat(header(dead, "kafka_dlt-exception-message")).contains("menteeId");
        }
        assertThat(driver.inboxOf(pair.tenant(), pair.mentorId())).isEmpty();
    }

    private JsonNode awaitRequest(String personId, SessionCompleted completed) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !driver.inboxAbout(pair.tenant(), personId, completed.sessionId()).isEmpty());
        List<JsonNode> about = driver.inboxAbout(pair.tenant(), personId, completed.sessionId());
        assertThat(about).hasSize(1);
        return about.get(0);
    }

    private static Predicate<ConsumerRecord<String, byte[]>> sentAbout(SessionCompleted completed) {
        return ofType(NotificationSent.TYPE)
                .and(record -> data(record).get("relatedId").asString().equals(completed.sessionId()));
    }

    private static JsonNode data(ConsumerRecord<String, byte[]> record) {
        return JSON.readTree(record.value());
    }
}
