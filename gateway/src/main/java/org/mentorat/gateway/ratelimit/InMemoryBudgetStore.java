package org.mentorat.gateway.ratelimit;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;
import org.mentorat.gateway.ratelimit.RateLimitProperties.Budget;
import reactor.core.publisher.Mono;

/**
 * Budgets of this gateway instance only: with N instances a caller may make N times the rate.
 * A draw is a short critical section on one bucket and never waits for I/O, so it runs on the
 * event loop that called it.
 */
final class InMemoryBudgetStore implements BudgetStore {

    private final LongSupplier nanoClock;
    // Keys are tenants and users from validated tokens: bounded by the customers' head count.
    private final ConcurrentMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    InMemoryBudgetStore(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    @Override
    public Mono<Draw> take(String key, Budget budget) {
        long now = nanoClock.getAsLong();
        // A changed budget (new settings) starts a fresh bucket under its own key.
        TokenBucket bucket = buckets.computeIfAbsent(key + "|" + budget,
                ignored -> new TokenBucket(budget.capacity(), budget.refillPerSecond(), now));
        TokenBucket.Decision decision = bucket.tryTake(now);
        return Mono.just(new Draw(decision.allowed(), decision.remaining(), budget));
    }
}
