package org.mentorat.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mentorat.gateway.support.RunningGateway;
import org.mentorat.testkit.TestTokens;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Each user has a budget and shares one with their tenant; one tenant gets a larger user budget.
 * Refills are one token per ~17 minutes, so nothing refills while the test runs.
 */
@TestPropertySource(properties = {
        "mentorat.gateway.rate-limit.per-user.capacity=3",
        "mentorat.gateway.rate-limit.per-user.refill-per-second=0.001",
        "mentorat.gateway.rate-limit.per-tenant.capacity=5",
        "mentorat.gateway.rate-limit.per-tenant.refill-per-second=0.001",
        "mentorat.gateway.rate-limit.tenants.big-corp.per-user.capacity=5",
        "mentorat.gateway.rate-limit.tenants.big-corp.per-user.refill-per-second=0.001"})
class RateLimitIT extends RunningGateway {

    @Test
    void refusesOneUserWithRetryAfterWhileAnotherUserOfTheSameTenantGetsThrough() {
        String busy = TestTokens.token("acme", "script-user", "PROGRAM_ADMIN");
        for (int i = 0; i < 3; i++) {
            get(busy).expectStatus().isOk()
                    .expectHeader().valueEquals("RateLimit-Limit", "3")
                    .expectHeader().valueEquals("RateLimit-Remaining", Integer.toString(2 - i));
        }

        expectProblem(get(busy)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "1000")
                .expectHeader().valueEquals("RateLimit-Remaining", "0")
                .expectHeader().exists("RateLimit-Reset"), 429, "too-many-requests");

        get(TestTokens.token("acme", "colleague", "MENTOR")).expectStatus().isOk();
    }

    @Test
    void refusesTheWholeTenantOnceItsSharedBudgetIsSpent() {
        get(TestTokens.token("globex", "a", "MENTOR")).expectStatus().isOk();
        for (int i = 0; i < 3; i++) {
            get(TestTokens.token("globex", "b", "MENTOR")).expectStatus().isOk();
        }
        get(TestTokens.token("globex", "c", "MENTOR")).expectStatus().isOk();

        // "d" has their whole own budget left, but the tenant's 5 are gone
        expectProblem(get(TestTokens.token("globex", "d", "MENTOR"))
                .expectHeader().valueEquals("RateLimit-Limit", "5"), 429, "too-many-requests");
        get(TestTokens.token("initech", "d", "MENTOR")).expectStatus().isOk();
    }

    @Test
    void appliesATenantsOwnUserBudget() {
        String user = TestTokens.token("big-corp", "reporter", "PROGRAM_ADMIN");
        for (int i = 0; i < 4; i++) {
            get(user).expectStatus().isOk();
        }
        get(user).expectStatus().isOk().expectHeader().valueEquals("RateLimit-Limit", "5");
    }

    /** A browser script must see Retry-After on the refusal itself, or it cannot back off. */
    @Test
    void aRefusalOfTheWebAppCarriesCorsHeadersSoItsScriptCanReadRetryAfter() {
        String user = TestTokens.token("umbrella", "browser-user", "MENTOR");
        for (int i = 0; i < 3; i++) {
            get(user).expectStatus().isOk();
        }

        expectProblem(client.get().uri("/api/v1/people")
                .header(HttpHeaders.ORIGIN, "https://app.mentorat.test")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + user)
                .exchange()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://app.mentorat.test")
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS,
                        exposed -> assertThat(exposed).containsIgnoringCase("Retry-After")
                                .containsIgnoringCase("RateLimit-Reset").containsIgnoringCase("X-Request-Id"))
                .expectHeader().exists(HttpHeaders.RETRY_AFTER), 429, "too-many-requests");
    }

    private WebTestClient.ResponseSpec get(String token) {
        return client.get().uri("/api/v1/people")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange();
    }
}
