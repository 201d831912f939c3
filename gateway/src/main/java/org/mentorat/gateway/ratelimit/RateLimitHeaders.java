package org.mentorat.gateway.ratelimit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.mentorat.gateway.ratelimit.BudgetStore.Draw;
import org.springframework.http.HttpHeaders;

/**
 * The rate-limit fields of a response, for the budget that binds (the one that refused, or the
 * one closer to running out): {@code RateLimit-Limit}, {@code RateLimit-Remaining} and
 * {@code RateLimit-Reset} (seconds until the budget is full again) as in
 * draft-ietf-httpapi-ratelimit-headers up to -06, which clients and proxies widely understand,
 * and on a refusal {@code Retry-After} (RFC 9110 §10.2.3, seconds).
 */
final class RateLimitHeaders {

    static final String LIMIT = "RateLimit-Limit";
    static final String REMAINING = "RateLimit-Remaining";
    static final String RESET = "RateLimit-Reset";

    private RateLimitHeaders() {
    }

    static Map<String, String> of(Draw binding) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(LIMIT, Integer.toString(binding.budget().capacity()));
        headers.put(REMAINING, Long.toString(binding.remaining()));
        headers.put(RESET, Long.toString(binding.budget().secondsUntilFull(binding.remaining())));
        if (!binding.allowed()) {
            headers.put(HttpHeaders.RETRY_AFTER, Long.toString(binding.budget().secondsPerToken()));
        }
        return headers;
    }
}
