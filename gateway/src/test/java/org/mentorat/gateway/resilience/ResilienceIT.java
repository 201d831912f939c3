package org.mentorat.gateway.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorat.gateway.support.ControllableService;
import org.mentorat.testkit.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What a client sees when a service is down, slow or crashes mid-request, through the real
 * gateway. Each scenario uses its own service, so each has its own circuit breaker: notification
 * is stopped and started again, session answers too late, matching drops connections. No
 * assertion is about elapsed time; awaitility's {@code atMost} bounds each call instead.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.server.port=0",
        "mentorat.security.hmac-secret=" + TestTokens.DEV_SECRET,
        "mentorat.gateway.timeouts.session=1000",
        "mentorat.gateway.circuit-breaker.minimum-calls=3",
        "mentorat.gateway.circuit-breaker.window-calls=3",
        "mentorat.gateway.circuit-breaker.probe-calls=2",
        "mentorat.gateway.circuit-breaker.open-for=1s"})
class ResilienceIT {

    /** Far above every timeout here; only a gateway that hangs gets near it. */
    private static final Duration BOUND = Duration.ofSeconds(10);

    private static final ControllableService NOTIFICATION = ControllableService.start();
    private static final ControllableService SESSION = ControllableService.start();
    private static final ControllableService MATCHING = ControllableService.start();

    private static final String TOKEN = TestTokens.token("acme", "person-1", "PROGRAM_ADMIN");

    @Autowired
    CircuitBreakerRegistry circuitBreakers;

    private WebTestClient client;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("mentorat.gateway.services.notification", NOTIFICATION::url);
        registry.add("mentorat.gateway.services.session", SESSION::url);
        registry.add("mentorat.gateway.services.matching", MATCHING::url);
        registry.add("mentorat.gateway.services.profile", MATCHING::url);
    }

    @BeforeEach
    void connect(@LocalServerPort int port) {
        client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(BOUND.plusSeconds(5))
                .build();
    }

    @AfterAll
    static void releaseSlowCalls() {
        SESSION.releaseSlowCalls();
    }

    @Test
    void aStoppedServiceGets503AndIsUsedAgainOnceItIsBack() {
        call(HttpMethod.GET, "/api/v1/notifications/me").expectStatus().isOk();
        NOTIFICATION.stop();

        for (int i = 0; i < 4; i++) {
            expectProblem(callWithin(HttpMethod.GET, "/api/v1/notifications/me"), 503, "upstream-unavailable");
        }
        assertThat(circuit("notification").getState()).isEqualTo(CircuitBreaker.State.OPEN);
        // While open, the gateway answers without trying the service.
        expectProblem(callWithin(HttpMethod.GET, "/api/v1/notifications/me"), 503, "upstream-unavailable");

        NOTIFICATION.restart();

        await().atMost(BOUND).untilAsserted(() ->
                call(HttpMethod.GET, "/api/v1/notifications/me").expectStatus().isOk());
        call(HttpMethod.GET, "/api/v1/notifications/me").expectStatus().isOk();
        assertThat(circuit("notification").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void aServiceThatAnswersTooLateGets504AfterTheRouteTimeout() {
        expectProblem(callWithin(HttpMethod.GET, "/api/v1/sessions/slow-1"), 504, "upstream-timeout");
        assertThat(SESSION.received("/api/v1/sessions/slow-1")).isEqualTo(1);
    }

    @Test
    void aGetIsRetriedWhenTheServiceDropsTheConnection() {
        EntityExchangeResult<byte[]> answer = callWithin(HttpMethod.GET, "/api/v1/matches/drop-get");

        expectBadGateway(answer);
        assertThat(MATCHING.received("/api/v1/matches/drop-get")).isEqualTo(3);
    }

    @Test
    void aPostIsNeverRetried() {
        EntityExchangeResult<byte[]> answer = callWithin(HttpMethod.POST, "/api/v1/matches/drop-post/accept");

        expectBadGateway(answer);
        assertThat(MATCHING.received("/api/v1/matches/drop-post/accept")).isEqualTo(1);
    }

    private CircuitBreaker circuit(String service) {
        return circuitBreakers.circuitBreaker(service);
    }

    private WebTestClient.ResponseSpec call(HttpMethod method, String path) {
        WebTestClient.RequestBodySpec request = client.method(method).uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKEN);
        return method == HttpMethod.POST
                ? request.contentType(MediaType.APPLICATION_JSON).bodyValue("{\"note\":\"yes\"}").exchange()
                : request.exchange();
    }

    /** The whole answer, which must have arrived within {@link #BOUND}. */
    private EntityExchangeResult<byte[]> callWithin(HttpMethod method, String path) {
        return await().atMost(BOUND).until(() -> call(method, path).expectBody().returnResult(), Objects::nonNull);
    }

    private static void expectProblem(EntityExchangeResult<byte[]> answer, int status, String type) {
        expectProblemOfType(answer, status, "https://mentorat.org/problems/" + type);
    }

    /** A service that took the request and closed the connection without an answer. */
    private static void expectBadGateway(EntityExchangeResult<byte[]> answer) {
        expectProblemOfType(answer, 502, "about:blank");
    }

    private static void expectProblemOfType(EntityExchangeResult<byte[]> answer, int status, String type) {
        assertThat(answer.getStatus().value()).isEqualTo(status);
        assertThat(answer.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(new String(answer.getResponseBodyContent(), StandardCharsets.UTF_8))
                .contains("\"type\":\"" + type + "\"")
                .contains("\"status\":" + status);
    }
}
