package org.mentorat.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;
import org.mentorat.gateway.support.KeepAliveConnection;
import org.mentorat.gateway.support.RunningGateway;
import org.mentorat.testkit.TestTokens;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The burst: thousands of requests over 16 keep-alive connections, sent the way Python's
 * {@code requests} sends them (one at a time per connection), most refused by the limiter and
 * some passed to the service. Every request must get a complete answer within 10 s. Before the
 * fix, the request after a 429 on the same connection now and then got no answer at all.
 */
@TestPropertySource(properties = {
        "mentorat.gateway.rate-limit.per-user.capacity=20",
        "mentorat.gateway.rate-limit.per-user.refill-per-second=10",
        "mentorat.gateway.rate-limit.per-tenant.capacity=1000",
        "mentorat.gateway.rate-limit.per-tenant.refill-per-second=1000"})
class KeepAliveBurstIT extends RunningGateway {

    private static final int CONNECTIONS = 16;
    private static final int REQUESTS_PER_CONNECTION = 250;

    @LocalServerPort
    int port;

    @Test
    void answersEveryRequestOfABurstCompletelyOverKeepAliveConnections() throws Exception {
        String token = TestTokens.token("acme", "burst-user", "PROGRAM_ADMIN");
        Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
        ExecutorService clients = Executors.newFixedThreadPool(CONNECTIONS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < CONNECTIONS; c++) {
                int connection = c;
                done.add(clients.submit(() -> sendAll(connection, token, outcomes)));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            clients.shutdownNow();
        }

        assertThat(outcomes.keySet()).as("outcomes: %s", outcomes)
                .containsExactlyInAnyOrder("200 complete", "429 complete");
        assertThat(outcomes.get("429 complete").sum()).isGreaterThan(CONNECTIONS * REQUESTS_PER_CONNECTION / 2L);
    }

    private void sendAll(int connection, String token, Map<String, LongAdder> outcomes) {
        try (KeepAliveConnection http = new KeepAliveConnection(port, 10_000)) {
            for (int i = 0; i < REQUESTS_PER_CONNECTION; i++) {
                String outcome = http.get("/api/v1/people?n=" + connection + "-" + i, token);
                outcomes.computeIfAbsent(outcome, key -> new LongAdder()).increment();
                if (!outcome.endsWith("complete")) {
                    return;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
