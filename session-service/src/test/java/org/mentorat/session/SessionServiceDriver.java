package org.mentorat.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import org.mentorat.events.EventSources;
import org.mentorat.events.Topics;
import org.mentorat.events.matching.MatchAccepted;
import org.mentorat.platform.events.CloudEventRecords;
import org.mentorat.platform.events.EventIds;
import org.mentorat.platform.events.EventJson;
import org.mentorat.platform.events.OutboxEvent;
import org.mentorat.testkit.TestInfrastructure;
import org.mentorat.testkit.TestTokens;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Drives the running service from outside: matching's events on the broker, people over HTTP. */
final class SessionServiceDriver {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient http;
    private final KafkaTemplate<String, byte[]> kafka;

    SessionServiceDriver(int port, KafkaTemplate<String, byte[]> kafka) {
        this.http = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build();
        this.kafka = kafka;
    }

    static String bootstrap() {
        return TestInfrastructure.shared().kafkaBootstrapServers();
    }

    /** A MatchAccepted exactly as matching-service's outbox relay would publish it. */
    static OutboxEvent matchAcceptedEvent(String tenant, MatchAccepted accepted) {
        return new OutboxEvent(EventIds.next(), Topics.MATCHING_EVENTS, EventSources.MATCHING, MatchAccepted.TYPE,
                accepted.matchId(), tenant, 2, Instant.now(), EventJson.write(accepted), null);
    }

    void publish(OutboxEvent event) {
        try {
            kafka.send(CloudEventRecords.toRecord(event)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Accepts the match on the broker and waits until its mentee sees the mentorship. */
    JsonNode openMentorship(Pairing pairing) {
        publish(matchAcceptedEvent(pairing.tenant(), pairing.accepted()));
        return awaitMentorshipOf(pairing);
    }

    JsonNode awaitMentorshipOf(Pairing pairing) {
        String mentee = TestTokens.bearer(pairing.tenant(), pairing.menteeId(), "MENTEE");
        await().atMost(Duration.ofSeconds(30)).until(() ->
                body(get("/api/v1/mentorships?programId=" + pairing.programId(), mentee)).get("items").size() > 0);
        JsonNode items = body(get("/api/v1/mentorships?programId=" + pairing.programId(), mentee)).get("items");
        assertThat(items.size()).isEqualTo(1);
        return items.get(0);
    }

    /** Schedules a session a week ahead as the mentee and returns it. */
    JsonNode scheduleSession(Pairing pairing, String mentorshipId) {
        ResponseEntity<String> response = post("/api/v1/mentorships/" + mentorshipId + "/sessions",
                TestTokens.bearer(pairing.tenant(), pairing.menteeId(), "MENTEE"),
                "{\"startsAt\":\"" + Instant.now().plus(Duration.ofDays(7)) + "\",\"durationMinutes\":45,"
                        + "\"agenda\":\"Career goals\"}");
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
        return body(response);
    }

    ResponseEntity<String> get(String path, String authorization) {
        var request = http.get().uri(path);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.retrieve().toEntity(String.class);
    }

    ResponseEntity<String> post(String path, String authorization, String json) {
        var request = http.post().uri(path).contentType(MediaType.APPLICATION_JSON);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (json != null) {
            request.body(json);
        }
        return request.retrieve().toEntity(String.class);
    }

    static JsonNode body(ResponseEntity<String> response) {
        return JSON.readTree(response.getBody());
    }

    /** Asserts an RFC 9457 problem of the given status and type, and returns it. */
    static JsonNode problem(ResponseEntity<String> response, int status, String type) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = body(response);
        assertThat(problem.get("type").asString()).isEqualTo("https://mentorat.org/problems/" + type);
        return problem;
    }
}
