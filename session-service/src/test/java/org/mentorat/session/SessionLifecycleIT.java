package org.mentorat.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorat.testkit.EventProbe.header;
import static org.mentorat.testkit.EventProbe.ofTypeAbout;
import static org.mentorat.testkit.HttpApi.JSON;
import static org.mentorat.testkit.HttpApi.expect;
import static org.mentorat.testkit.HttpApi.json;
import static org.mentorat.testkit.HttpApi.problem;

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
import org.mentorat.testkit.TestTokens;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/** Schedule, complete, rate: each step over HTTP, each fact asserted on the real broker. */
class SessionLifecycleIT extends RunningSessionService {

    String mentorshipId;

    @BeforeEach
    void anOpenMentorship() {
        mentorshipId = driver.openMentorship(pairing).get("id").asString();
    }

    @Test
    void schedulingASessionAnnouncesIt() {
        try (EventProbe probe = EventProbe.watching(bootstrap(), Topics.SESSION_EVENTS)) {
            ResponseEntity<String> response = api.post("/api/v1/mentorships/" + mentorshipId + "/sessions",
                    pairing.asMentee(),
                    "{\"startsAt\":\"2099-05-04T10:00:00Z\",\"durationMinutes\":60,\"agenda\":\"CV\"}");

            JsonNode session = expect(response, 201);
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
            assertThat(json(api.get("/api/v1/sessions/" + id, pairing.asMentor())).get("startsAt").asString())
                    .isEqualTo("2099-05-04T10:00:00Z");
        }
    }

    @Test
    void completingASessionAnnouncesItWithTheMentorshipsPeopleOnce() {
        String id = driver.scheduleSession(pairing, mentorshipId).get("id").asString();
        problem(api.post("/api/v1/sessions/" + id + "/complete", pairing.asMentor(), null), 409,
                "session-not-started");
        afterTheSessions();
        try (EventProbe probe = EventProbe.watching(bootstrap(), Topics.SESSION_EVENTS)) {
            JsonNode session = expect(api.post("/api/v1/sessions/" + id + "/complete", pairing.asMentor(), null), 200);

            assertThat(session.get("status").asString()).isEqualTo("COMPLETED");
            ConsumerRecord<String, byte[]> completed = probe.await(ofTypeAbout(SessionCompleted.TYPE, id));
            assertThat(header(completed, "ce_sequence")).isEqualTo("2");
            JsonNode data = JSON.readTree(completed.value());
            assertThat(data.get("sessionId").asString()).isEqualTo(id);
            assertThat(data.get("mentorshipId").asString()).isEqualTo(mentorshipId);
            assertThat(data.get("programId").asString()).isEqualTo(pairing.programId());
            assertThat(data.get("mentorId").asString()).isEqualTo(pairing.mentorId());
            assertThat(data.get("menteeId").asString()).isEqualTo(pairing.menteeId());
        }
        problem(api.post("/api/v1/sessions/" + id + "/complete", pairing.asMentee(), null), 409,
                "session-not-scheduled");
    }

    @Test
    void eachParticipantRatesACompletedSessionOnceAndAdministratorsCannot() {
        String id = driver.scheduleSession(pairing, mentorshipId).get("id").asString();
        String feedback = "/api/v1/sessions/" + id + "/feedback";
        problem(api.post(feedback, pairing.asMentee(), "{\"rating\":5,\"helped\":\"YES\"}"), 409,
                "session-not-completed");
        afterTheSessions();
        api.post("/api/v1/sessions/" + id + "/complete", pairing.asMentor(), null);

        try (EventProbe probe = EventProbe.watching(bootstrap(), Topics.SESSION_EVENTS)) {
            JsonNode given = expect(api.post(feedback, pairing.asMentee(),
                    "{\"rating\":4,\"helped\":\"PARTLY\",\"comment\":\"Helpful\"}"), 201);

            assertThat(given.get("comment").asString()).isEqualTo("Helpful");
            JsonNode data = JSON.readTree(probe.await(ofTypeAbout(FeedbackSubmitted.TYPE, id)).value());
            assertThat(data.get("feedbackId").asString()).isEqualTo(given.get("id").asString());
            assertThat(data.get("authorId").asString()).isEqualTo(pairing.menteeId());
            assertThat(data.get("mentorshipId").asString()).isEqualTo(mentorshipId);
            assertThat(data.get("rating").asInt()).isEqualTo(4);
            assertThat(data.get("helped").asString()).isEqualTo("PARTLY");
            assertThat(data.get("programId").asString()).isEqualTo(pairing.programId());
        }
        problem(api.post(feedback, pairing.asMentee(), "{\"rating\":1,\"helped\":\"NO\"}"), 409,
                "feedback-already-submitted");
        problem(api.post(feedback, pairing.asAdmin(), "{\"rating\":3,\"helped\":\"NO\"}"), 409,
                "not-a-participant");
        problem(api.post(feedback, TestTokens.bearer(pairing.tenant(), "someone-else", "MENTEE"),
                "{\"rating\":3,\"helped\":\"NO\"}"), 404, "not-found");
        expect(api.post(feedback, pairing.asMentor(), "{\"rating\":5,\"helped\":\"YES\"}"), 201);
        assertThat(json(api.get("/api/v1/sessions/" + id, pairing.asAdmin())).get("feedbackFrom").valueStream()
                .map(JsonNode::asString)).containsExactly(pairing.menteeId(), pairing.mentorId());
    }

    @Test
    void aCancelledSessionCanNeitherBeCompletedNorRated() {
        String id = driver.scheduleSession(pairing, mentorshipId).get("id").asString();

        ResponseEntity<String> cancelled = api.post("/api/v1/sessions/" + id + "/cancel", pairing.asMentor(), null);
        afterTheSessions();

        assertThat(json(cancelled).get("status").asString()).isEqualTo("CANCELLED");
        problem(api.post("/api/v1/sessions/" + id + "/complete", pairing.asMentor(), null), 409,
                "session-not-scheduled");
        problem(api.post("/api/v1/sessions/" + id + "/feedback", pairing.asMentee(),
                "{\"rating\":2,\"helped\":\"NO\"}"), 409,
                "session-not-completed");
    }

    @Test
    void operatorsSeeHowManySessionsTookPlaceAndHowTheyWereRated() {
        String id = driver.scheduleSession(pairing, mentorshipId).get("id").asString();
        afterTheSessions();
        expect(api.post("/api/v1/sessions/" + id + "/complete", pairing.asMentor(), null), 200);
        expect(api.post("/api/v1/sessions/" + id + "/feedback", pairing.asMentee(),
                "{\"rating\":5,\"helped\":\"YES\"}"), 201);

        ResponseEntity<String> scrape = management.get("/actuator/prometheus", null);

        assertThat(scrape.getStatusCode().value()).isEqualTo(200);
        String metrics = scrape.getBody();
        assertThat(valueOf(metrics, "mentorat_sessions_completed_total")).isGreaterThanOrEqualTo(1);
        assertThat(valueOf(metrics, "mentorat_feedback_rating_count")).isGreaterThanOrEqualTo(1);
        assertThat(valueOf(metrics, "mentorat_mentorships_started_total")).isGreaterThanOrEqualTo(1);
    }

    private static double valueOf(String prometheus, String name) {
        Matcher line = Pattern.compile("(?m)^" + name + "\\{[^}]*} (\\S+)$").matcher(prometheus);
        assertThat(line.find()).as(name + " in\n" + prometheus).isTrue();
        return Double.parseDouble(line.group(1));
    }
}
