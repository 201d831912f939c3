package org.mentorat.gateway.ratelimit;

/**
 * A classic token bucket. Time is passed in (nanoseconds) so that tests can drive it without
 * sleeping.
 */
final class TokenBucket {

    record Decision(boolean allowed, long remaining) {
    }

    private static final double NANOS_PER_SECOND = 1_000_000_000d;

    private final int capacity;
    private final double tokensPerNano;
    private double tokens;
    private long lastRefillNanos;

    TokenBucket(int capacity, double refillPerSecond, long nowNanos) {
        this.capacity = capacity;
        this.tokensPerNano = refillPerSecond / NANOS_PER_SECOND;
        this.tokens = capacity;
        this.lastRefillNanos = nowNanos;
    }

    synchronized Decision tryTake(long nowNanos) {
        long elapsed = Math.max(0, nowNanos - lastRefillNanos);
        tokens = Math.min(capacity, tokens + elapsed * tokensPerNano);
        lastRefillNanos = nowNanos;
        boolean allowed = tokens >= 1;
        if (allowed) {
            tokens -= 1;
        }
        return new Decision(allowed, (long) Math.floor(tokens));
    }
}
