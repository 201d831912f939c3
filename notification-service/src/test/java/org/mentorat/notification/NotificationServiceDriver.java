package org.mentorat.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mentorat.testkit.HttpApi.expect;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
import org.mentorat.testkit.HttpApi;
import org.mentorat.testkit.TestTokens;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

/** What notification-service needs around it: other services' events on the broker, people reading their inbox. */
final class NotificationServiceDriver {

    private final HttpApi api;
    private final KafkaTemplate<String, byte[]> kafka;

    NotificationServiceDriver(HttpApi api, KafkaTemplate<String, byte[]> kafka) {
        this.api = api;
        this.kafka = kafka;
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
        kafka.send(CloudEventRecords.toRecord(event)).join();
    }

    void publish(String tenant, DomainEvent event) {
        publish(asPublished(tenant, event));
    }

    /** The person's notifications (first page of 100), as their client would fetch them. */
    List<JsonNode> inboxOf(String tenant, String personId) {
        return items(expect(api.get("/api/v1/notifications/me?size=100", person(tenant, personId)), 200));
    }

    /** The person's notifications about one aggregate. */
    List<JsonNode> inboxAbout(String tenant, String personId, String relatedId) {
        return inboxOf(tenant, personId).stream()
                .filter(notification -> notification.get("relatedId").asString().equals(relatedId))
                .toList();
    }

    /** Waits for the one notification the person gets about an aggregate, and returns it. */
    JsonNode awaitNotice(String tenant, String personId, String relatedId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !inboxAbout(tenant, personId, relatedId).isEmpty());
        List<JsonNode> about = inboxAbout(tenant, personId, relatedId);
        assertThat(about).hasSize(1);
        return about.get(0);
    }

    static String person(String tenant, String personId) {
        return TestTokens.bearer(tenant, personId, "MENTEE", "MENTOR");
    }

    static List<JsonNode> items(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false).toList();
    }
}
