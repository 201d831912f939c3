package org.mentorat.notification.dispatch;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * What an operator asks of the queue: how many messages went out per kind and channel, how tries
 * ended per channel (sent, retry, failed, dropped), and whether it keeps up: how many messages
 * are due but unsent and how late the oldest of them is.
 */
@Component
class DispatchMetrics {

    private final MeterRegistry registry;

    DispatchMetrics(MeterRegistry registry, DispatchStore store, Clock clock) {
        this.registry = registry;
        Gauge.builder("mentorat.notifications.due", store, due -> due.countDue(clock.instant()))
                .description("Messages whose time has come and that are not sent yet")
                .register(registry);
        Gauge.builder("mentorat.notifications.due.oldest.age", store, due -> lateness(due, clock.instant()))
                .description("How long the longest-waiting due message has been due")
                .baseUnit("seconds")
                .register(registry);
    }

    /** Counts the outcome of one try from the state it left the message in. */
    void tried(Dispatch message) {
        String outcome = switch (message.status()) {
            case SENT -> "sent";
            case RETRY -> "retry";
            case FAILED -> "failed";
            case DROPPED -> "dropped";
            case PENDING, CANCELLED -> null;
        };
        if (outcome == null) {
            return;
        }
        registry.counter("mentorat.notifications.outcome", "channel", message.channel().name(), "outcome", outcome)
                .increment();
        if (message.status() == DispatchStatus.SENT) {
            registry.counter("mentorat.notifications.delivered", "kind", message.kind().name(),
                    "channel", message.channel().name()).increment();
        }
    }

    private static double lateness(DispatchStore store, Instant now) {
        return store.oldestDue(now).map(oldest -> Duration.between(oldest, now).toMillis() / 1000.0).orElse(0.0);
    }
}
