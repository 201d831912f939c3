package org.mentorat.platform.store;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/**
 * Operator gauges: how many events wait in outboxes and how old the oldest one is. A growing
 * age means the broker is unreachable or the relay is stuck.
 */
final class OutboxMetrics {

    private final Stores stores;
    private final Clock clock;

    OutboxMetrics(Stores stores, Clock clock, MeterRegistry registry) {
        this.stores = stores;
        this.clock = clock;
        Gauge.builder("mentorat.outbox.pending.events", this, OutboxMetrics::pendingEvents)
                .description("Events written but not yet acknowledged by the broker")
                .register(registry);
        Gauge.builder("mentorat.outbox.oldest.event.age", this, OutboxMetrics::oldestAgeSeconds)
                .description("Age of the oldest event waiting to be published")
                .baseUnit("seconds")
                .register(registry);
    }

    double pendingEvents() {
        return pendingOutboxes().stream()
                .mapToInt(document -> document.getList(AggregateStore.OUTBOX, Document.class).size())
                .sum();
    }

    double oldestAgeSeconds() {
        Instant now = clock.instant();
        return pendingOutboxes().stream()
                .flatMap(document -> document.getList(AggregateStore.OUTBOX, Document.class).stream())
                .map(event -> event.get("time", Date.class).toInstant())
                .min(Instant::compareTo)
                .map(oldest -> Duration.between(oldest, now).toMillis() / 1000.0)
                .orElse(0.0);
    }

    private List<Document> pendingOutboxes() {
        return stores.all().stream()
                .flatMap(store -> store.collection()
                        .find(Filters.eq(AggregateStore.PENDING, true))
                        .projection(Projections.include(AggregateStore.OUTBOX + ".time"))
                        .into(new java.util.ArrayList<>())
                        .stream())
                .toList();
    }
}
