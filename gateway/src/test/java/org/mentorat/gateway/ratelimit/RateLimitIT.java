package org.mentorat.gateway.ratelimit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorat.gateway.support.FakeServices;
import org.mentorat.gateway.support.TestTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** One tenant exhausting its budget gets 429s; other tenants are unaffected. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.server.port=0",
        "mentorat.security.hmac-secret=" + TestTokens.SECRET,
        "mentorat.gateway.rate-limit.capacity=3",
        // one token per ~17 minutes: nothing refills while the test runs
        "mentorat.gateway.rate-limit.refill-per-second=0.001"})
class RateLimitIT {

    static final FakeServices services = FakeServices.start();

    @DynamicPropertySource
    static void serviceUrls(DynamicPropertyRegistry registry) {
        services.register(registry);
    }

    @AfterAll
    static void stopServices() {
        services.close();
    }

    @LocalServerPort
    int port;

    WebTestClient client;

    @BeforeEach
    void connect() {
        client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    @Test
    void limitsEachTenantSeparatelyAndAnswers429AsProblemJson() {
        String busy = TestTokens.valid("busy-corp", "hr-bot", "HR_INTEGRATION");
        for (int i = 0; i < 3; i++) {
            get(busy).expectStatus().isOk();
        }

        get(busy).expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://mentorat.org/problems/too-many-requests")
                .jsonPath("$.status").isEqualTo(429);

        get(TestTokens.valid("quiet-corp", "admin", "PROGRAM_ADMIN")).expectStatus().isOk();
    }

    private WebTestClient.ResponseSpec get(String token) {
        return client.get().uri("/api/v1/people")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange();
    }
}
