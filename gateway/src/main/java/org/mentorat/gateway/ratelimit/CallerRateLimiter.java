package org.mentorat.gateway.ratelimit;

import java.util.Map;
import org.mentorat.gateway.ratelimit.BudgetStore.Draw;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import reactor.core.publisher.Mono;

/**
 * The limiter behind Spring Cloud Gateway's {@code RequestRateLimiter} filter: a request passes
 * when its user's budget and then its tenant's budget both allow it. The user's budget is drawn
 * first so that a user who is over their own limit does not use up their colleagues' share.
 * Budgets are per caller, not per route.
 */
class CallerRateLimiter implements RateLimiter<Object> {

    private final RateLimitProperties properties;
    private final BudgetStore store;

    CallerRateLimiter(RateLimitProperties properties, BudgetStore store) {
        this.properties = properties;
        this.store = store;
    }

    @Override
    public Mono<Response> isAllowed(String routeId, String key) {
        CallerKey caller = CallerKey.decode(key);
        return store.take(caller.userBudgetKey(), properties.userBudget(caller.tenant()))
                .flatMap(user -> user.allowed()
                        ? store.take(caller.tenantBudgetKey(), properties.tenantBudget(caller.tenant()))
                                .map(tenant -> answer(tenant.allowed() ? tighter(user, tenant) : tenant))
                        : Mono.just(answer(user)));
    }

    private static Draw tighter(Draw user, Draw tenant) {
        return user.remaining() <= tenant.remaining() ? user : tenant;
    }

    private static Response answer(Draw binding) {
        return new Response(binding.allowed(), RateLimitHeaders.of(binding));
    }

    @Override
    public Map<String, Object> getConfig() {
        return Map.of();
    }

    @Override
    public Class<Object> getConfigClass() {
        return Object.class;
    }

    @Override
    public Object newConfig() {
        return properties;
    }
}
