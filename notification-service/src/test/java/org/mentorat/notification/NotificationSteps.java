package org.mentorat.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mentorat.testkit.HttpApi.expect;

import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.matching.MatchProposed;
import org.mentorat.events.profile.ContactDetailsChanged;
import org.mentorat.events.session.FeedbackSubmitted;
import org.mentorat.events.session.MentorshipStarted;
import org.mentorat.events.session.SessionCancelled;
import org.mentorat.events.session.SessionRescheduled;
import org.mentorat.events.session.SessionScheduled;
import org.mentorat.events.session.SessionCompleted;
import org.mentorat.testkit.ServiceDriver;
import org.mentorat.testkit.TestTokens;
import tools.jackson.databind.JsonNode;

/** What notification-service needs around it: other services' events on the broker, people reading their inbox. */
final class NotificationSteps {

    private final ServiceDriver service;

    NotificationSteps(ServiceDriver service) {
        this.service = service;
    }

    /** Each event about its own aggregate, as its producer's outbox relay would publish it. */
    void publish(String tenant, DomainEvent event) {
        switch (event) {
            case SessionCompleted completed -> service.publish(tenant, completed.sessionId(), 2, event);
            case MentorshipStarted started -> service.publish(tenant, started.mentorshipId(), 1, event);
            case MatchProposed proposed -> service.publish(tenant, proposed.matchId(), 1, event);
            case ContactDetailsChanged changed -> service.publish(tenant, changed.personId(), 1, event);
            case SessionScheduled scheduled -> service.publish(tenant, scheduled.sessionId(), 1, event);
            case SessionRescheduled moved -> service.publish(tenant, moved.sessionId(), moved.sequence() + 1, event);
            case SessionCancelled cancelled ->
                    service.publish(tenant, cancelled.sessionId(), cancelled.sequence() + 1, event);
            case FeedbackSubmitted feedback -> service.publish(tenant, feedback.feedbackId(), 1, event);
            default -> throw new IllegalArgumentException("no producer known for " + event);
        }
    }

    /** Sends a record seen on the broker once more, same event id and all: a redelivery. */
    void replay(ConsumerRecord<String, byte[]> record) {
        service.send(new ProducerRecord<>(record.topic(), null, record.key(), record.value(), record.headers()));
    }

    /** The person's notifications (first page of 100), as their client would fetch them. */
    List<JsonNode> inboxOf(String tenant, String personId) {
        return items(expect(service.api().get("/api/v1/notifications/me?size=100", person(tenant, personId)), 200));
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
