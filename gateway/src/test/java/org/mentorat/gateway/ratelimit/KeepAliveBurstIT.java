package org.mentorat.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mentorat.gateway.support.RunningGateway;
import org.mentorat.testkit.TestTokens;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * The burst: thousands of requests over 16 keep-alive connections, most refused by the
 * limiter, some passed to the service. Every request must get a complete answer (a status and
 * as many body bytes as announced) well within the client's 10 s. Before the fix, a request that
 * followed a 429 on the same connection now and then got no answer at all.
 */
@TestPropertySource(properties = {
        "mentorat.gateway.rate-limit.per-user.capacity=40",
        "mentorat.gateway.rate-limit.per-user.refill-per-second=40",
        "mentorat.gateway.rate-limit.per-tenant.capacity=1000",
        "mentorat.gateway.rate-limit.per-tenant.refill-per-second=1000"})
class KeepAliveBurstIT extends RunningGateway {

    private static final int CONNECTIONS = 16;
    private static final int REQUESTS_PER_BURST = 3_000;

    @LocalServerPort
    int port;

    @Test
    void answersEveryRequestOfABurstCompletelyOverKeepAliveConnections() {
        ConnectionProvider pool = ConnectionProvider.builder("burst")
                .maxConnections(CONNECTIONS)
                .pendingAcquireMaxCount(-1)
                .build();
        HttpClient http = HttpClient.create(pool)
                .baseUrl("http://localhost:" + port)
                .keepAlive(true)
                .responseTimeout(Duration.ofSeconds(10))
                .headers(headers -> headers.set(HttpHeaders.AUTHORIZATION,
                        "Bearer " + TestTokens.token("acme", "burst-user", "PROGRAM_ADMIN")));
        try {
            for (int burst = 0; burst < 3; burst++) {
                Map<String, Long> outcomes = Flux.range(0, REQUESTS_PER_BURST)
                        .flatMap(i -> send(http, i), CONNECTIONS)
                        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                        .block(Duration.ofMinutes(3));

                assertThat(outcomes.keySet()).as("outcomes of burst %d: %s", burst, outcomes)
                        .containsExactlyInAnyOrder("200 complete", "429 complete");
                assertThat(outcomes.get("429 complete")).isGreaterThan(REQUESTS_PER_BURST / 2L);
            }
        } finally {
            pool.dispose();
        }
    }

    private static Mono<String> send(HttpClient http, int i) {
        return http.get().uri("/api/v1/people?n=" + i)
                .responseSingle((response, body) -> body.asByteArray().defaultIfEmpty(new byte[0])
                        .map(bytes -> response.status().code() + (isComplete(response.responseHeaders(), bytes)
                                ? " complete" : " truncated")))
                .onErrorResume(failure -> Mono.just("no answer: " + failure.getClass().getSimpleName()));
    }

    private static boolean isComplete(io.netty.handler.codec.http.HttpHeaders headers, byte[] body) {
        String length = headers.get(HttpHeaders.CONTENT_LENGTH);
        return length != null ? Integer.parseInt(length) == body.length && body.length > 0 : body.length > 0;
    }

}
