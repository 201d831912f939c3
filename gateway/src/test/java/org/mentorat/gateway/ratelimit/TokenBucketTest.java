package org.mentorat.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void allowsABurstUpToCapacityThenRefuses() {
        TokenBucket bucket = new TokenBucket(3, 1, 0);

        assertThat(bucket.tryTake(0)).isEqualTo(new TokenBucket.Decision(true, 2));
        assertThat(bucket.tryTake(0)).isEqualTo(new TokenBucket.Decision(true, 1));
        assertThat(bucket.tryTake(0)).isEqualTo(new TokenBucket.Decision(true, 0));
        assertThat(bucket.tryTake(0).allowed()).isFalse();
    }

    @Test
    void refillsWithElapsedTimeButNeverAboveCapacity() {
        TokenBucket bucket = new TokenBucket(2, 4, 0);
        bucket.tryTake(0);
        bucket.tryTake(0);

        assertThat(bucket.tryTake(SECOND / 8).allowed()).isFalse();
        assertThat(bucket.tryTake(SECOND / 4).allowed()).isTrue();
        assertThat(bucket.tryTake(100 * SECOND)).isEqualTo(new TokenBucket.Decision(true, 1));
    }
}
