package org.mentorat.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mentorat.gateway.support.KeepAliveConnection;
import org.mentorat.gateway.support.KeepAliveConnection.Answer;
import org.mentorat.gateway.support.KeepAliveConnection.Framing;
import org.mentorat.gateway.support.RunningGateway;
import org.mentorat.testkit.TestTokens;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The burst bug, made deterministic: requests WITH a body, refused with 429 before anyone read
 * the body, each followed by the next request on the same keep-alive connection. Every request
 * must get a complete answer (or one saying {@code Connection: close}, after which the client
 * opens a new connection, as every HTTP/1.1 client does). Without {@code ProblemWriter} reading
 * the request to its end, the request after a refused one is never answered.
 */
@TestPropertySource(properties = {
        "mentorat.gateway.rate-limit.per-user.capacity=1",
        "mentorat.gateway.rate-limit.per-user.refill-per-second=0.001",
        "mentorat.gateway.rate-limit.tenants.roomy.per-user.capacity=100000",
        "mentorat.gateway.rate-limit.tenants.roomy.per-user.refill-per-second=100000",
        "mentorat.gateway.rate-limit.tenants.roomy.per-tenant.capacity=100000",
        "mentorat.gateway.rate-limit.tenants.roomy.per-tenant.refill-per-second=100000"})
class KeepAliveAfterRefusalIT extends RunningGateway {

    private static final int CONNECTIONS = 8;
    private static final int ROUNDS = 40;
    private static final byte[] BODY = ("{\"note\":\"" + "x".repeat(4_000) + "\"}").getBytes(StandardCharsets.UTF_8);

    @LocalServerPort
    int port;

    @ParameterizedTest
    @EnumSource(Framing.class)
    void answersTheRequestAfterARefusedRequestWithABody(Framing framing) {
        String spent = TestTokens.token("acme", "refused-" + framing, "PROGRAM_ADMIN");
        String roomy = TestTokens.token("roomy", "served-" + framing, "PROGRAM_ADMIN");
        ExecutorService clients = Executors.newFixedThreadPool(CONNECTIONS);
        try {
            List<CompletableFuture<List<String>>> connections = new ArrayList<>();
            for (int c = 0; c < CONNECTIONS; c++) {
                connections.add(CompletableFuture.supplyAsync(() -> sendRounds(spent, roomy, framing), clients));
            }
            CompletableFuture<Void> all = CompletableFuture.allOf(connections.toArray(CompletableFuture[]::new));
            await().atMost(Duration.ofSeconds(60)).until(all::isDone);

            List<String> outcomes = connections.stream().flatMap(done -> done.join().stream()).toList();
            assertThat(outcomes).hasSize(CONNECTIONS * ROUNDS * 2)
                    .allSatisfy(outcome -> assertThat(outcome).endsWith(" complete"))
                    .contains("200 complete", "429 complete");
        } finally {
            clients.shutdownNow();
        }
    }

    /** POST with a body (refused), then GET, ROUNDS times; stops at the first answer that never came. */
    private List<String> sendRounds(String spent, String roomy, Framing framing) {
        List<String> outcomes = new ArrayList<>();
        KeepAliveConnection http = null;
        try {
            http = new KeepAliveConnection(port, 5_000);
            for (int i = 0; i < ROUNDS * 2; i++) {
                Answer answer = i % 2 == 0
                        ? http.send("GET", "/api/v1/matches/m-" + i, i % 4 == 0 ? roomy : spent, null, framing)
                        : http.send("POST", "/api/v1/matches/m-" + i + "/accept", spent, BODY, framing);
                outcomes.add(answer.outcome());
                if (!answer.complete()) {
                    return outcomes;
                }
                if (answer.closes()) {
                    http.close();
                    http = new KeepAliveConnection(port, 5_000);
                }
            }
            return outcomes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            closeQuietly(http);
        }
    }

    private static void closeQuietly(KeepAliveConnection http) {
        try {
            if (http != null) {
                http.close();
            }
        } catch (IOException ignored) {
            // the test is over for this connection
        }
    }
}
