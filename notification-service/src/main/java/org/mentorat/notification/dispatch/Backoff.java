package org.mentorat.notification.dispatch;

import java.time.Duration;
import java.util.Optional;

/**
 * How long to wait before the next try: {@code initialDelay} after the first failure, then
 * multiplied by {@code multiplier} after each further one, never more than {@code maxDelay}; no
 * next try once {@code attempts} tries were made.
 */
record Backoff(int attempts, Duration initialDelay, double multiplier, Duration maxDelay) {

    Backoff {
        if (attempts < 1 || multiplier < 1 || initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("a backoff needs at least one attempt, a multiplier of at least 1 "
                    + "and a maximum delay no shorter than the initial one");
        }
    }

    /** @param triesMade how many tries have failed so far, this one included */
    Optional<Duration> delayAfter(int triesMade) {
        if (triesMade >= attempts) {
            return Optional.empty();
        }
        double millis = initialDelay.toMillis() * Math.pow(multiplier, triesMade - 1);
        return Optional.of(millis >= maxDelay.toMillis() ? maxDelay : Duration.ofMillis((long) millis));
    }
}
