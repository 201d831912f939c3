package org.mentorat.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mentorat.testkit.EventProbe.header;
import static org.mentorat.testkit.EventProbe.ofTypeAbout;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.mentorat.testkit.EventProbe;
import org.mentorat.testkit.HttpApi;
import org.mentorat.testkit.RealInfrastructure;
import org.mentorat.testkit.TestInfrastructure;
import org.mentorat.testkit.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * A request's trace context and request id reach the Kafka headers of the events it caused, through
 * the outbox and the real relay, and the consumer of those events continues the same trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(database = "sample")
class TraceContextIT {

    private static final String TYPE = "org.mentorat.sample.widget-created.v1";
    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String TRACEPARENT = "00-" + TRACE_ID + "-00f067aa0ba902b7-01";
    private static final String TRACEPARENT_PATTERN = "00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]";

    @LocalServerPort
    int port;

    @Autowired
    WidgetTallyListener tallies;

    @Test
    void theEventARequestCausedCarriesItsTraceAndRequestIdAndItsConsumerContinuesTheTrace() {
        try (EventProbe probe = EventProbe.watching(bootstrap(), SampleApplication.TOPIC)) {
            ResponseEntity<String> response = createWidget(Map.of("traceparent", TRACEPARENT,
                    "tracestate", "mentorat=t61rcWkgMzE", "X-Request-Id", "req-4711"));

            assertThat(response.getHeaders().getFirst("X-Request-Id")).isEqualTo("req-4711");
            String id = HttpApi.json(response).get("id").asString();
            ConsumerRecord<String, byte[]> record = probe.await(ofTypeAbout(TYPE, id));
            assertThat(header(record, "ce_traceparent")).matches(TRACEPARENT_PATTERN).contains("-" + TRACE_ID + "-")
                    .isNotEqualTo(TRACEPARENT);
            assertThat(header(record, "traceparent")).isEqualTo(header(record, "ce_traceparent"));
            assertThat(header(record, "ce_tracestate")).isEqualTo("mentorat=t61rcWkgMzE");
            assertThat(header(record, "tracestate")).isEqualTo("mentorat=t61rcWkgMzE");
            assertThat(header(record, "ce_requestid")).isEqualTo("req-4711");

            Document tally = awaitTally(id);
            assertThat(tally.getString("traceId")).isEqualTo(TRACE_ID);
            assertThat(tally.getString("requestId")).isEqualTo("req-4711");
        }
    }

    @Test
    void aRequestWithoutTraceOrRequestIdStartsATraceAndGetsAnId() {
        try (EventProbe probe = EventProbe.watching(bootstrap(), SampleApplication.TOPIC)) {
            ResponseEntity<String> response = createWidget(Map.of());

            String requestId = response.getHeaders().getFirst("X-Request-Id");
            assertThat(requestId).matches("[0-9a-f-]{36}");
            String id = HttpApi.json(response).get("id").asString();
            ConsumerRecord<String, byte[]> record = probe.await(ofTypeAbout(TYPE, id));
            String traceparent = header(record, "traceparent");
            assertThat(traceparent).matches(TRACEPARENT_PATTERN);
            assertThat(header(record, "ce_tracestate")).isNull();
            assertThat(header(record, "ce_requestid")).isEqualTo(requestId);
            assertThat(awaitTally(id).getString("traceId")).isEqualTo(traceparent.split("-")[1]);
        }
    }

    @Test
    void aRequestIdThatCouldForgeLogLinesIsReplaced() {
        ResponseEntity<String> response = createWidget(Map.of("X-Request-Id", "a\"}, {\"level\": \"ERROR"));

        assertThat(response.getHeaders().getFirst("X-Request-Id")).matches("[0-9a-f-]{36}");
    }

    @Test
    void refusalsNameTheRequestIdToo() {
        ResponseEntity<String> response = client().get().uri("/api/v1/widgets/w-1")
                .header("X-Request-Id", "req-refused").retrieve().toEntity(String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(401);
        assertThat(response.getHeaders().getFirst("X-Request-Id")).isEqualTo("req-refused");
    }

    private ResponseEntity<String> createWidget(Map<String, String> headers) {
        ResponseEntity<String> response = client().post().uri("/api/v1/widgets")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer("acme", "admin-1", "PROGRAM_ADMIN"))
                .headers(all -> headers.forEach(all::set))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "traced", "size", 2))
                .retrieve().toEntity(String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(201);
        return response;
    }

    private Document awaitTally(String id) {
        await().atMost(Duration.ofSeconds(20)).until(() -> tallies.tally(id) != null);
        return tallies.tally(id);
    }

    private RestClient client() {
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();
    }

    private static String bootstrap() {
        return TestInfrastructure.shared().kafkaBootstrapServers();
    }
}
