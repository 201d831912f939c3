package org.mentorat.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter.Response;

class TenantRateLimiterTest {

    private final TenantRateLimiter limiter = new TenantRateLimiter(new RateLimitProperties(1, 1), () -> 0L);

    @Test
    void sharesOneBudgetPerTenantAcrossRoutes() {
        assertThat(allowed("profile", "acme")).isTrue();
        assertThat(allowed("matching", "acme")).isFalse();
        assertThat(allowed("matching", "globex")).isTrue();
    }

    @Test
    void tellsTheClientHowManyRequestsRemain() {
        Response response = limiter.isAllowed("profile", "acme").block();

        assertThat(response.getHeaders()).containsEntry("X-RateLimit-Remaining", "0");
    }

    private boolean allowed(String route, String tenant) {
        return limiter.isAllowed(route, tenant).block().isAllowed();
    }
}
