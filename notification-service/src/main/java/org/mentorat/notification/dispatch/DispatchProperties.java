package org.mentorat.notification.dispatch;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled whether this instance sends at all (off for an instance that only schedules)
 * @param pollInterval how often the poller looks for due messages when nothing woke it
 * @param batchSize how many due messages one pass takes at most
 * @param workers how many messages one instance sends at the same time
 * @param claim how long an instance holds a message while sending it; longer than any send can take
 *     (the mail and webhook timeouts), or another instance may send it too
 * @param attempts how many tries a message gets in all
 * @param initialDelay the wait after the first failed try
 * @param multiplier by how much each further wait grows
 * @param maxDelay the longest wait between two tries
 */
@ConfigurationProperties("mentorat.notifications.dispatch")
record DispatchProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("500ms") Duration pollInterval,
        @DefaultValue("100") int batchSize,
        @DefaultValue("4") int workers,
        @DefaultValue("2m") Duration claim,
        @DefaultValue("6") int attempts,
        @DefaultValue("1m") Duration initialDelay,
        @DefaultValue("3.0") double multiplier,
        @DefaultValue("2h") Duration maxDelay) {

    Backoff backoff() {
        return new Backoff(attempts, initialDelay, multiplier, maxDelay);
    }
}
