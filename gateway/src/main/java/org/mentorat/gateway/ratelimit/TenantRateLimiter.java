package org.mentorat.gateway.ratelimit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import reactor.core.publisher.Mono;

/**
 * In-memory per-tenant rate limiter for Spring Cloud Gateway's {@code RequestRateLimiter} filter,
 * whose only built-in limiter needs Redis. One budget per tenant across all routes, so one
 * organisation's batch job cannot starve the others. Replace with {@code RedisRateLimiter} when
 * several gateway replicas must share budgets.
 */
class TenantRateLimiter implements RateLimiter<RateLimitProperties> {

    static final String REMAINING_HEADER = "X-RateLimit-Remaining";

    private final RateLimitProperties properties;
    private final LongSupplier nanoClock;
    // Keys are tenants from validated tokens, so the map is bounded by the number of customers.
    private final ConcurrentMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    TenantRateLimiter(RateLimitProperties properties, LongSupplier nanoClock) {
        this.properties = properties;
        this.nanoClock = nanoClock;
    }

    @Override
    public Mono<Response> isAllowed(String routeId, String tenant) {
        return Mono.fromSupplier(() -> {
            long now = nanoClock.getAsLong();
            TokenBucket bucket = buckets.computeIfAbsent(tenant,
                    key -> new TokenBucket(properties.capacity(), properties.refillPerSecond(), now));
            TokenBucket.Decision decision = bucket.tryTake(now);
            return new Response(decision.allowed(), Map.of(REMAINING_HEADER, Long.toString(decision.remaining())));
        });
    }

    // Per-route settings are not supported: the budget is per tenant, whatever the route.
    @Override
    public Map<String, RateLimitProperties> getConfig() {
        return Map.of();
    }

    @Override
    public Class<RateLimitProperties> getConfigClass() {
        return RateLimitProperties.class;
    }

    @Override
    public RateLimitProperties newConfig() {
        return properties;
    }
}
