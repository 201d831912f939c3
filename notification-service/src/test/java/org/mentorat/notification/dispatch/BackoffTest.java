package org.mentorat.notification.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void eachWaitGrowsByTheMultiplierUpToTheMaximumAndTheLastTryHasNone() {
        Backoff backoff = new Backoff(6, Duration.ofMinutes(1), 3, Duration.ofMinutes(30));

        assertThat(backoff.delayAfter(1)).contains(Duration.ofMinutes(1));
        assertThat(backoff.delayAfter(2)).contains(Duration.ofMinutes(3));
        assertThat(backoff.delayAfter(3)).contains(Duration.ofMinutes(9));
        assertThat(backoff.delayAfter(4)).contains(Duration.ofMinutes(27));
        assertThat(backoff.delayAfter(5)).contains(Duration.ofMinutes(30));
        assertThat(backoff.delayAfter(6)).isEmpty();
    }

    @Test
    void aSingleAttemptIsNeverRetried() {
        assertThat(new Backoff(1, Duration.ofSeconds(1), 2, Duration.ofSeconds(1)).delayAfter(1)).isEmpty();
    }

    @Test
    void aBackoffThatCouldNeverWorkIsRefused() {
        assertThatThrownBy(() -> new Backoff(0, Duration.ofSeconds(1), 2, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(3, Duration.ofMinutes(2), 2, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(3, Duration.ofMinutes(1), 0.5, Duration.ofMinutes(2)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
