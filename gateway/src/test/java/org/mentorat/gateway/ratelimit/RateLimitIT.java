package org.mentorat.gateway.ratelimit;

import org.junit.jupiter.api.Test;
import org.mentorat.gateway.support.RunningGateway;
import org.mentorat.testkit.TestTokens;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** One tenant exhausting its budget gets 429s; other tenants are unaffected. */
@TestPropertySource(properties = {
        "mentorat.gateway.rate-limit.capacity=3",
        // one token per ~17 minutes: nothing refills while the test runs
        "mentorat.gateway.rate-limit.refill-per-second=0.001"})
class RateLimitIT extends RunningGateway {

    @Test
    void limitsEachTenantSeparatelyAndAnswers429AsProblemJson() {
        String busy = TestTokens.token("busy-corp", "hr-bot", "HR_INTEGRATION");
        for (int i = 0; i < 3; i++) {
            get(busy).expectStatus().isOk();
        }

        expectProblem(get(busy), 429, "too-many-requests");

        get(TestTokens.token("quiet-corp", "admin", "PROGRAM_ADMIN")).expectStatus().isOk();
    }

    private WebTestClient.ResponseSpec get(String token) {
        return client.get().uri("/api/v1/people")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange();
    }
}
