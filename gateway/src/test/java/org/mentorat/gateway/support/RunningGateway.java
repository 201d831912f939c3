package org.mentorat.gateway.support;

import org.junit.jupiter.api.BeforeEach;
import org.mentorat.testkit.TestTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway on a random port in front of {@link FakeServices}, and a client of it. A test class
 * adds only what its feature needs on top (a profile, a property), so the rest stays the same.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.server.port=0",
        "mentorat.security.hmac-secret=" + TestTokens.DEV_SECRET,
        "mentorat.gateway.cors.allowed-origins=https://app.mentorat.test"})
public abstract class RunningGateway {

    /** One set per test JVM: the cached application contexts pointing at them live as long. */
    private static final FakeServices SERVICES = FakeServices.start();

    protected WebTestClient client;

    @DynamicPropertySource
    static void serviceUrls(DynamicPropertyRegistry registry) {
        SERVICES.register(registry);
    }

    @BeforeEach
    protected void connect(@LocalServerPort int port) {
        client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    /** Expects an RFC 9457 problem of the given status and type, for further checks of its body. */
    protected static WebTestClient.BodyContentSpec expectProblem(WebTestClient.ResponseSpec response, int status,
            String type) {
        return response.expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://mentorat.org/problems/" + type)
                .jsonPath("$.status").isEqualTo(status);
    }
}
