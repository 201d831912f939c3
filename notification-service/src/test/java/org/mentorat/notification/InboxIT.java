package org.mentorat.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mentorat.notification.NotificationServiceDriver.body;
import static org.mentorat.notification.NotificationServiceDriver.items;
import static org.mentorat.notification.NotificationServiceDriver.person;
import static org.mentorat.notification.NotificationServiceDriver.problem;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorat.events.matching.MatchProposed;
import org.mentorat.events.session.MentorshipStarted;
import org.mentorat.events.session.SessionCompleted;
import org.mentorat.testkit.RealInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/** A person's inbox: what arrives in it, in which order, and reading it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=notification-service", "management.server.port=0"})
@RealInfrastructure(database = "notification")
class InboxIT {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

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
    void aStartedMentorshipWelcomesBothPeople() {
        MentorshipStarted started = pair.mentorshipStarted();

        driver.publish(pair.tenant(), started);

        JsonNode mentor = awaitNotice(pair.mentorId(), started.mentorshipId());
        JsonNode mentee = awaitNotice(pair.menteeId(), started.mentorshipId());
        assertThat(mentor.get("kind").asString()).isEqualTo("MENTORSHIP_STARTED");
        assertThat(mentor.get("details").get("role").asString()).isEqualTo("MENTOR");
        assertThat(mentee.get("details").get("role").asString()).isEqualTo("MENTEE");
        assertThat(mentee.get("details").get("counterpartId").asString()).isEqualTo(pair.mentorId());
    }

    @Test
    void aProposedMatchIsAnnouncedToBothPeople() {
        MatchProposed proposed = pair.matchProposed();

        driver.publish(pair.tenant(), proposed);

        JsonNode mentee = awaitNotice(pair.menteeId(), proposed.matchId());
        JsonNode mentor = awaitNotice(pair.mentorId(), proposed.matchId());
        assertThat(mentee.get("kind").asString()).isEqualTo("MATCH_PROPOSED");
        assertThat(mentee.get("details").get("matchId").asString()).isEqualTo(proposed.matchId());
        assertThat(mentor.get("details").get("programId").asString()).isEqualTo(pair.programId());
    }

    @Test
    void theInboxShowsNewestFirstPageByPageAndCanHideWhatWasRead() {
        MentorshipStarted started = pair.mentorshipStarted();
        driver.publish(pair.tenant(), started);
        awaitNotice(pair.menteeId(), started.mentorshipId());
        SessionCompleted completed = pair.sessionCompleted();
        driver.publish(pair.tenant(), completed);
        String requestId = awaitNotice(pair.menteeId(), completed.sessionId()).get("id").asString();
        String mentee = person(pair.tenant(), pair.menteeId());

        JsonNode first = body(driver.get("/api/v1/notifications/me?size=1", mentee));
        JsonNode second = body(driver.get("/api/v1/notifications/me?size=1&page=1", mentee));
        assertThat(first.get("total").asLong()).isEqualTo(2);
        assertThat(first.get("unread").asLong()).isEqualTo(2);
        assertThat(items(first).get(0).get("kind").asString()).isEqualTo("FEEDBACK_REQUEST");
        assertThat(items(second).get(0).get("kind").asString()).isEqualTo("MENTORSHIP_STARTED");

        driver.post("/api/v1/notifications/" + requestId + "/read", mentee);

        JsonNode unread = body(driver.get("/api/v1/notifications/me?unread=true", mentee));
        assertThat(items(unread)).extracting(item -> item.get("kind").asString()).containsExactly("MENTORSHIP_STARTED");
        assertThat(unread.get("unread").asLong()).isEqualTo(1);
    }

    @Test
    void readingANotificationTwiceKeepsTheFirstReadTime() {
        SessionCompleted completed = pair.sessionCompleted();
        driver.publish(pair.tenant(), completed);
        String id = awaitNotice(pair.mentorId(), completed.sessionId()).get("id").asString();
        String mentor = person(pair.tenant(), pair.mentorId());

        var first = driver.post("/api/v1/notifications/" + id + "/read", mentor);
        var again = driver.post("/api/v1/notifications/" + id + "/read", mentor);

        assertThat(first.getStatusCode().value()).isEqualTo(200);
        assertThat(again.getStatusCode().value()).isEqualTo(200);
        assertThat(body(first).get("read").asBoolean()).isTrue();
        assertThat(body(again).get("readAt").asString()).isEqualTo(body(first).get("readAt").asString());
    }

    @Test
    void badInputIsABadRequestNamingTheParameter() {
        String mentee = person(pair.tenant(), pair.menteeId());

        JsonNode paging = problem(driver.get("/api/v1/notifications/me?size=0&page=-1", mentee), 400, "validation");
        JsonNode unread = problem(driver.get("/api/v1/notifications/me?unread=maybe", mentee), 400, "validation");

        assertThat(paging.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("size", "page");
        assertThat(unread.get("errors").findValuesAsString("field")).containsExactly("unread");
        problem(driver.post("/api/v1/notifications/no-such-id/read", mentee), 404, "not-found");
        problem(driver.get("/api/v1/notifications/me", null), 401, "unauthorized");
    }

    @Test
    void operatorsSeeHowManyNotificationsOfEachKindWentOut() {
        SessionCompleted completed = pair.sessionCompleted();
        driver.publish(pair.tenant(), completed);
        awaitNotice(pair.menteeId(), completed.sessionId());

        String metrics = RestClient.create("http://localhost:" + managementPort).get().uri("/actuator/prometheus")
                .retrieve().body(String.class);

        Matcher line = Pattern.compile("(?m)^mentorat_notifications_delivered_total\\{[^}]*kind=\"FEEDBACK_REQUEST\""
                + "[^}]*} (\\S+)$").matcher(metrics);
        assertThat(line.find()).as(metrics).isTrue();
        assertThat(Double.parseDouble(line.group(1))).isGreaterThanOrEqualTo(2);
        assertThat(line.group(0)).contains("channel=\"IN_APP\"");
    }

    private JsonNode awaitNotice(String personId, String relatedId) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !driver.inboxAbout(pair.tenant(), personId, relatedId).isEmpty());
        List<JsonNode> about = driver.inboxAbout(pair.tenant(), personId, relatedId);
        assertThat(about).hasSize(1);
        return about.get(0);
    }
}
