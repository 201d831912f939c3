package org.mentorat.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Per-tenant request budget of one gateway instance: a burst of {@code capacity} requests,
 * refilled at {@code refillPerSecond}. Budgets are in memory, so N replicas allow N times this.
 */
@ConfigurationProperties("mentorat.gateway.rate-limit")
public record RateLimitProperties(@DefaultValue("200") int capacity, @DefaultValue("100") double refillPerSecond) {

    public RateLimitProperties {
        if (capacity < 1 || refillPerSecond <= 0) {
            throw new IllegalArgumentException(
                    "mentorat.gateway.rate-limit needs capacity >= 1 and refill-per-second > 0");
        }
    }
}
