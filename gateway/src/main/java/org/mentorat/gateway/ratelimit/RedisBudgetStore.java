package org.mentorat.gateway.ratelimit;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.mentorat.gateway.ratelimit.RateLimitProperties.Budget;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.context.ApplicationContext;
import reactor.core.publisher.Mono;

/**
 * Budgets in Redis, shared by every gateway instance, drawn with Spring Cloud Gateway's own
 * {@link RedisRateLimiter} (its Lua token bucket runs atomically in Redis). One limiter per
 * distinct budget, because a limiter's settings are fixed; the key names the tenant or user. As
 * in Spring Cloud Gateway, a Redis outage lets requests through (logged) rather than refusing
 * every caller.
 */
final class RedisBudgetStore implements BudgetStore {

    private static final String NAMESPACE = "mentorat";

    private final ApplicationContext context;
    private final ConcurrentMap<Budget, RedisRateLimiter> limiters = new ConcurrentHashMap<>();

    RedisBudgetStore(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public Mono<Draw> take(String key, Budget budget) {
        long tokensPerRequest = tokensPerRequest(budget);
        return limiterFor(budget).isAllowed(NAMESPACE, key).map(response -> new Draw(response.isAllowed(),
                remainingOf(response.getHeaders().get(RedisRateLimiter.REMAINING_HEADER), budget, tokensPerRequest),
                budget));
    }

    private RedisRateLimiter limiterFor(Budget budget) {
        return limiters.computeIfAbsent(budget, settings -> {
            int tokensPerRequest = tokensPerRequest(settings);
            RedisRateLimiter limiter = new RedisRateLimiter(
                    (int) Math.round(settings.refillPerSecond() * tokensPerRequest),
                    (long) settings.capacity() * tokensPerRequest, tokensPerRequest);
            limiter.setApplicationContext(context);
            return limiter;
        });
    }

    // The Redis limiter refills whole tokens per second; a budget of less than one request per
    // second is expressed as several tokens per request instead.
    private static int tokensPerRequest(Budget budget) {
        return budget.refillPerSecond() >= 1 ? 1 : (int) Math.ceil(1 / budget.refillPerSecond());
    }

    // -1 means Redis did not answer; report the full budget rather than a negative count.
    private static long remainingOf(String header, Budget budget, long tokensPerRequest) {
        long remaining = header == null ? -1 : Long.parseLong(header);
        return remaining < 0 ? budget.capacity() : remaining / tokensPerRequest;
    }
}
