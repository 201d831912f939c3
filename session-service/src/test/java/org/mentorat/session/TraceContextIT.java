package org.mentorat.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorat.session.SessionSteps.matchAcceptedEvent;
import static org.mentorat.testkit.EventProbe.header;
import static org.mentorat.testkit.EventProbe.ofTypeAbout;
import static org.mentorat.testkit.HttpApi.JSON;

import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.mentorat.events.Topics;
import org.mentorat.events.session.MentorshipStarted;
import org.mentorat.events.session.SessionScheduled;
import org.mentorat.platform.events.EventTrace;
import org.mentorat.platform.events.OutboxEvent;
import org.mentorat.testkit.EventProbe;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * One trace from a client's request through the services: the events session-service publishes
 * carry the trace id and request id of the request, or of the other service's event, that caused them.
 */
class TraceContextIT extends RunningSessionService {

    private static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";
    private static final String TRACEPARENT = "00-" + TRACE_ID + "-b7ad6b7169203331-01";

    @LocalServerPort
    int port;

    @Test
    void aMentorshipOpenedByAnAcceptedMatchContinuesTheTraceOfTheRequestThatAcceptedIt() {
        driver.publishProgram(pairing, "ONE_TO_ONE", 104);
        OutboxEvent accepted = matchAcceptedEvent(pairing.tenant(), pairing.accepted());
        // As matching-service's relay publishes the acceptance its API request wrote.
        OutboxEvent traced = new OutboxEvent(accepted.eventId(), accepted.topic(), accepted.source(), accepted.type(),
                accepted.subject(), accepted.tenantId(), accepted.sequence(), accepted.time(), accepted.data(),
                new EventTrace(TRACEPARENT, null, "req-accept-1"));
        try (EventProbe probe = EventProbe.watching(bootstrap(), Topics.SESSION_EVENTS)) {
            driver.publish(traced);

            String id = driver.awaitMentorshipOf(pairing).get("id").asString();
            ConsumerRecord<String, byte[]> started = probe.await(ofTypeAbout(MentorshipStarted.TYPE, id));
            assertThat(traceIdOf(header(started, "ce_traceparent"))).isEqualTo(TRACE_ID);
            assertThat(traceIdOf(header(started, "traceparent"))).isEqualTo(TRACE_ID);
            assertThat(header(started, "ce_requestid")).isEqualTo("req-accept-1");
        }
    }

    @Test
    void aSessionScheduledThroughTheApiIsPublishedWithTheRequestsTraceAndRequestId() {
        String mentorshipId = driver.openMentorship(pairing).get("id").asString();
        try (EventProbe probe = EventProbe.watching(bootstrap(), Topics.SESSION_EVENTS)) {
            ResponseEntity<String> response = RestClient.create("http://localhost:" + port).post()
                    .uri("/api/v1/mentorships/{id}/sessions", mentorshipId)
                    .header("Authorization", pairing.asMentee())
                    .header("traceparent", TRACEPARENT)
                    .header("X-Request-Id", "req-schedule-1")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body("{\"startsAt\":\"" + Instant.now().plus(Duration.ofDays(7))
                            + "\",\"durationMinutes\":45,\"agenda\":\"Tracing\"}")
                    .retrieve().toEntity(String.class);

            assertThat(response.getStatusCode().value()).isEqualTo(201);
            assertThat(response.getHeaders().getFirst("X-Request-Id")).isEqualTo("req-schedule-1");
            String sessionId = JSON.readTree(response.getBody()).get("id").asString();
            ConsumerRecord<String, byte[]> scheduled = probe.await(ofTypeAbout(SessionScheduled.TYPE, sessionId));
            assertThat(traceIdOf(header(scheduled, "ce_traceparent"))).isEqualTo(TRACE_ID);
            assertThat(traceIdOf(header(scheduled, "traceparent"))).isEqualTo(TRACE_ID);
            assertThat(header(scheduled, "ce_requestid")).isEqualTo("req-schedule-1");
        }
    }

    private static String traceIdOf(String traceparent) {
        return new EventTrace(traceparent, null, null).traceId();
    }
}
