package org.mentorat.gateway.resilience;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * One circuit breaker per service (named after its route). When at least {@code minimumCalls} of
 * the last {@code windowCalls} calls and {@code failureRatePercent} of them failed (refused
 * connection, timeout), the gateway answers 503 at once for {@code openFor}, then lets a few
 * calls through to see whether the service is back.
 *
 * @param timeLimit upper bound of one call; the per-route response timeouts are shorter and fire first
 */
@ConfigurationProperties("mentorat.gateway.circuit-breaker")
public record CircuitBreakerProperties(
        @DefaultValue("50") int failureRatePercent,
        @DefaultValue("5") int minimumCalls,
        @DefaultValue("20") int windowCalls,
        @DefaultValue("10s") Duration openFor,
        @DefaultValue("3") int probeCalls,
        @DefaultValue("60s") Duration timeLimit) {

    public CircuitBreakerProperties {
        if (failureRatePercent < 1 || failureRatePercent > 100 || minimumCalls < 1 || windowCalls < minimumCalls
                || probeCalls < 1 || openFor.isNegative() || openFor.isZero() || !timeLimit.isPositive()) {
            throw new IllegalArgumentException("mentorat.gateway.circuit-breaker: failure-rate-percent 1..100, "
                    + "1 <= minimum-calls <= window-calls, probe-calls >= 1, positive open-for and time-limit");
        }
    }
}
