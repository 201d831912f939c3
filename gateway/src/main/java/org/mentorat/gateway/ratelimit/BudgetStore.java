package org.mentorat.gateway.ratelimit;

import org.mentorat.gateway.ratelimit.RateLimitProperties.Budget;
import reactor.core.publisher.Mono;

/** Where budgets are kept: in this instance's memory, or in Redis shared by every instance. */
interface BudgetStore {

    /** Takes one request from the budget called {@code key}, which follows {@code budget}. */
    Mono<Draw> take(String key, Budget budget);

    /** The outcome of one draw: whether the request may pass and what is left of that budget. */
    record Draw(boolean allowed, long remaining, Budget budget) {
    }
}
