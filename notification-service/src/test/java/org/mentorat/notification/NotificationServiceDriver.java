package org.mentorat.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.stream.StreamSupport;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.EventSources;
import org.mentorat.events.Topics;
import org.mentorat.events.matching.MatchProposed;
import org.mentorat.events.session.MentorshipStarted;
import org.mentorat.events.session.SessionCompleted;
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

/** Drives the running service from outside: other services' events on the broker, people over HTTP. */
final class NotificationServiceDriver {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient http;
    private final KafkaTemplate<String, byte[]> kafka;

    NotificationServiceDriver(int port, KafkaTemplate<String, byte[]> kafka) {
        this.http = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build();
        this.kafka = kafka;
    }

    static String bootstrap() {
        return TestInfrastructure.shared().kafkaBootstrapServers();
    }

    /** Each event exactly as its producer's outbox relay would publish it. */
    static OutboxEvent asPublished(String tenant, DomainEvent event) {
        return switch (event) {
            case SessionCompleted completed -> outboxEvent(tenant, Topics.SESSION_EVENTS, EventSources.SESSION,
                    completed.sessionId(), 2, event);
            case MentorshipStarted started -> outboxEvent(tenant, Topics.SESSION_EVENTS, EventSources.SESSION,
                    started.mentorshipId(), 1, event);
            case MatchProposed proposed -> outboxEvent(tenant, Topics.MATCHING_EVENTS, EventSources.MATCHING,
                    proposed.matchId(), 1, event);
            default -> throw new IllegalArgumentException("no producer known for " + event);
        };
    }

    private static OutboxEvent outboxEvent(String tenant, String topic, String source, String subject, long sequence,
            DomainEvent event) {
        return new OutboxEvent(EventIds.next(), topic, source, DomainEvent.typeOf(event.getClass()), subject, tenant,
                sequence, Instant.now(), EventJson.write(event), null);
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

    void publish(String tenant, DomainEvent event) {
        publish(asPublished(tenant, event));
    }

    ResponseEntity<String> get(String path, String authorization) {
        var request = http.get().uri(path);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.retrieve().toEntity(String.class);
    }

    ResponseEntity<String> post(String path, String authorization) {
        var request = http.post().uri(path);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.retrieve().toEntity(String.class);
    }

    /** The person's notifications (first page of 100), as their client would fetch them. */
    List<JsonNode> inboxOf(String tenant, String personId) {
        ResponseEntity<String> response = get("/api/v1/notifications/me?size=100", person(tenant, personId));
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return items(body(response));
    }

    /** The person's notifications about one aggregate. */
    List<JsonNode> inboxAbout(String tenant, String personId, String relatedId) {
        return inboxOf(tenant, personId).stream()
                .filter(notification -> notification.get("relatedId").asString().equals(relatedId))
                .toList();
    }

    static String person(String tenant, String personId) {
        return TestTokens.bearer(tenant, personId, "MENTEE", "MENTOR");
    }

    static List<JsonNode> items(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false).toList();
    }

    static JsonNode body(ResponseEntity<String> response) {
        return JSON.readTree(response.getBody());
    }

    static JsonNode problem(ResponseEntity<String> response, int status, String type) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = body(response);
        assertThat(problem.get("type").asString()).isEqualTo("https://mentorat.org/problems/" + type);
        return problem;
    }
}
