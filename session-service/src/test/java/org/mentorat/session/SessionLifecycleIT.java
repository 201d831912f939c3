package org.mentorat.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorat.session.SessionServiceDriver.JSON;
import static org.mentorat.session.SessionServiceDriver.body;
import static org.mentorat.session.SessionServiceDriver.bootstrap;
import static org.mentorat.session.SessionServiceDriver.problem;
import static org.mentorat.testkit.EventProbe.header;
import static org.mentorat.testkit.EventProbe.ofTypeAbout;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorat.events.Topics;
import org.mentorat.events.session.FeedbackSubmitted;
import org.mentorat.events.session.SessionCompleted;
import org.mentorat.events.session.SessionScheduled;
import org.mentorat.testkit.EventProbe;
import org.mentorat.testkit.RealInfrastructure;
import org.mentorat.testkit.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/** Schedule, complete, rate: each step over HTTP, each fact asserted on the real broker. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=session-service", "management.server.port=0"})
@RealInfrastructure(database = "session")
class SessionLifecycleIT {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    SessionServiceDriver driver;
    Pairing pairing;
    String mentorshipId;

    @BeforeEach
    void anOpenMentorship() {
        driver = new SessionServiceDriver(port, kafka);
        pairing = Pairing.fresh("acme");
        mentorshipId = driver.openMentorship(pairing).get("id").asString();
    }

    @Test
    void schedulingASessionAnnouncesIt() {
        try (EventProbe probe = EventProbe.watching(bootstrap(), Topics.SESSION_EVENTS)) {
            ResponseEntity<String> response = driver.post("/api/v1/mentorships/" + mentorshipId + "/sessions",
                    mentee(), "{\"startsAt\":\"2099-05-04T10:00:00Z\",\"durationMinutes\":60,\"agenda\":\"CV\"}");

            assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
            JsonNode session = body(response);
            String id = session.get("id").asString();
            assertThat(response.getHeaders().getLocation()).hasPath("/api/v1/sessions/" + id);
            assertThat(session.get("status").asString()).isEqualTo("SCHEDULED");
            assertThat(session.get("agenda").asString()).isEqualTo("CV");
            JsonNode data = JSON.readTree(probe.await(ofTypeAbout(SessionScheduled.TYPE, id)).value());
            assertThat(data.get("mentorshipId").asString()).isEqualTo(mentorshipId);
            assertThat(data.get("mentorId").asString()).isEqualTo(pairing.mentorId());
            assertThat(data.get("menteeId").asString()).isEqualTo(pairing.menteeId());
            assertThat(data.get("startsAt").asString()).isEqualTo("2099-05-04T10:00:00Z");
            assertThat(data.get("durationMinutes").asInt()).isEqualTo(60);
            assertThat(body(driver.get("/api/v1/sessions/" + id, mentor())).get("startsAt").asString())
                    .isEqualTo("2099-05-04T10:00:00Z");
        }
    }

    @Test
    void completingASessionAnnouncesItWithTheMentorshipsPeopleOnce() {
        String id = driver.scheduleSession(pairing, mentorshipId).get("id").asString();
        try (EventProbe probe = EventProbe.watching(bootstrap(), Topics.SESSION_EVENTS)) {
            ResponseEntity<String> response = driver.post("/api/v1/sessions/" + id + "/complete", mentor(), null);

            assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
            assertThat(body(response).get("status").asString()).isEqualTo("COMPLETED");
            ConsumerRecord<String, byte[]> completed = probe.await(ofTypeAbout(SessionCompleted.TYPE, id));
            assertThat(header(completed, "ce_sequence")).isEqualTo("2");
            JsonNode data = JSON.readTree(completed.value());
            assertThat(data.get("sessionId").asString()).isEqualTo(id);
            assertThat(data.get("mentorshipId").asString()).isEqualTo(mentorshipId);
            assertThat(data.get("programId").asString()).isEqualTo(pairing.programId());
            assertThat(data.get("mentorId").asString()).isEqualTo(pairing.mentorId());
            assertThat(data.get("menteeId").asString()).isEqualTo(pairing.menteeId());
        }
        problem(driver.post("/api/v1/sessions/" + id + "/complete", mentee(), null), 409, "session-not-scheduled");
    }

    @Test
    void eachParticipantRatesACompletedSessionOnceAndAdministratorsCannot() {
        String id = driver.scheduleSession(pairing, mentorshipId).get("id").asString();
        String feedback = "/api/v1/sessions/" + id + "/feedback";
        problem(driver.post(feedback, mentee(), "{\"rating\":5}"), 409, "session-not-completed");
        driver.post("/api/v1/sessions/" + id + "/complete", mentor(), null);

        try (EventProbe probe = EventProbe.watching(bootstrap(), Topics.SESSION_EVENTS)) {
            ResponseEntity<String> given = driver.post(feedback, mentee(), "{\"rating\":4,\"comment\":\"Helpful\"}");

            assertThat(given.getStatusCode().value()).as(given.getBody()).isEqualTo(201);
            assertThat(body(given).get("comment").asString()).isEqualTo("Helpful");
            JsonNode data = JSON.readTree(probe.await(ofTypeAbout(FeedbackSubmitted.TYPE, id)).value());
            assertThat(data.get("feedbackId").asString()).isEqualTo(body(given).get("id").asString());
            assertThat(data.get("authorId").asString()).isEqualTo(pairing.menteeId());
            assertThat(data.get("mentorshipId").asString()).isEqualTo(mentorshipId);
            assertThat(data.get("rating").asInt()).isEqualTo(4);
        }
        problem(driver.post(feedback, mentee(), "{\"rating\":1}"), 409, "feedback-already-submitted");
        problem(driver.post(feedback, admin(), "{\"rating\":3}"), 403, "forbidden");
        assertThat(driver.post(feedback, mentor(), "{\"rating\":5}").getStatusCode().value()).isEqualTo(201);
        assertThat(body(driver.get("/api/v1/sessions/" + id, admin())).get("feedbackFrom").valueStream()
                .map(JsonNode::asString)).containsExactly(pairing.menteeId(), pairing.mentorId());
    }

    @Test
    void aCancelledSessionCanNeitherBeCompletedNorRated() {
        String id = driver.scheduleSession(pairing, mentorshipId).get("id").asString();

        ResponseEntity<String> cancelled = driver.post("/api/v1/sessions/" + id + "/cancel", mentor(), null);

        assertThat(body(cancelled).get("status").asString()).isEqualTo("CANCELLED");
        problem(driver.post("/api/v1/sessions/" + id + "/complete", mentor(), null), 409, "session-not-scheduled");
        problem(driver.post("/api/v1/sessions/" + id + "/feedback", mentee(), "{\"rating\":2}"), 409,
                "session-not-completed");
    }

    @Test
    void operatorsSeeHowManySessionsTookPlaceAndHowTheyWereRated() {
        String id = driver.scheduleSession(pairing, mentorshipId).get("id").asString();
        driver.post("/api/v1/sessions/" + id + "/complete", mentor(), null);
        driver.post("/api/v1/sessions/" + id + "/feedback", mentee(), "{\"rating\":5}");

        String metrics = RestClient.create("http://localhost:" + managementPort).get().uri("/actuator/prometheus")
                .retrieve().body(String.class);

        assertThat(valueOf(metrics, "mentorat_sessions_completed_total")).isGreaterThanOrEqualTo(1);
        assertThat(valueOf(metrics, "mentorat_feedback_rating_count")).isGreaterThanOrEqualTo(1);
        assertThat(valueOf(metrics, "mentorat_mentorships_started_total")).isGreaterThanOrEqualTo(1);
    }

    private static double valueOf(String prometheus, String name) {
        Matcher line = Pattern.compile("(?m)^" + name + "\\{[^}]*} (\\S+)$").matcher(prometheus);
        assertThat(line.find()).as(name + " in\n" + prometheus).isTrue();
        return Double.parseDouble(line.group(1));
    }

    private String mentor() {
        return TestTokens.bearer(pairing.tenant(), pairing.mentorId(), "MENTOR");
    }

    private String mentee() {
        return TestTokens.bearer(pairing.tenant(), pairing.menteeId(), "MENTEE");
    }

    private String admin() {
        return TestTokens.bearer(pairing.tenant(), "admin-1", "PROGRAM_ADMIN");
    }
}
