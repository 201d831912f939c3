package org.mentorat.platform.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.bson.Document;
import org.mentorat.platform.events.CloudEventRecords;
import org.mentorat.platform.events.OutboxEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/**
 * Publishes pending outbox events. For each aggregate with pending events it takes a short lease
 * (so several instances can run), sends the events in order and waits for the broker's ack
 * ({@code acks=all}, idempotent producer), then hands the acknowledged ids to the
 * {@link OutboxAcknowledger}. A crash anywhere in between leaves the events pending and the lease
 * expires: delivery is at-least-once and consumers are idempotent.
 */
final class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final Stores stores;
    private final KafkaTemplate<String, byte[]> kafka;
    private final OutboxAcknowledger acknowledger;
    private final OutboxProperties properties;
    private final Clock clock;
    private final String instanceId;

    OutboxRelay(Stores stores, KafkaTemplate<String, byte[]> kafka,
            OutboxAcknowledger acknowledger, OutboxProperties properties, Clock clock, String instanceId) {
        this.stores = stores;
        this.kafka = kafka;
        this.acknowledger = acknowledger;
        this.properties = properties;
        this.clock = clock;
        this.instanceId = instanceId;
    }

    /** One pass over every store; returns how many events were published. */
    public int relayPending() {
        int published = 0;
        for (AggregateStore store : stores.all()) {
            Document leased;
            while ((leased = lease(store)) != null) {
                published += publish(store, leased);
            }
        }
        return published;
    }

    private Document lease(AggregateStore store) {
        Date now = Date.from(clock.instant());
        Date until = Date.from(clock.instant().plus(properties.lease()));
        return store.collection().findOneAndUpdate(
                and(eq(AggregateStore.PENDING, true),
                        or(eq(AggregateStore.LEASE_UNTIL, null), lt(AggregateStore.LEASE_UNTIL, now))),
                Updates.combine(Updates.set(AggregateStore.LEASE_UNTIL, until), Updates.set("leaseOwner", instanceId)),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
    }

    private int publish(AggregateStore store, Document aggregate) {
        List<OutboxEvent> events = aggregate.getList(AggregateStore.OUTBOX, Document.class).stream()
                .map(OutboxEvent::fromDocument)
                .toList();
        List<CompletableFuture<SendResult<String, byte[]>>> sends = new ArrayList<>(events.size());
        for (OutboxEvent event : events) {
            sends.add(kafka.send(CloudEventRecords.toRecord(event)));
        }
        List<String> acknowledged = acknowledgedPrefix(events, sends);
        if (!acknowledged.isEmpty()) {
            acknowledger.acknowledge(store, aggregate.get("_id"), acknowledged);
        }
        return acknowledged.size();
    }

    /**
     * Only the leading run of acknowledged events is removed, so a failed event and everything
     * after it are resent in their original order.
     */
    private List<String> acknowledgedPrefix(List<OutboxEvent> events,
            List<CompletableFuture<SendResult<String, byte[]>>> sends) {
        List<String> acknowledged = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            OutboxEvent event = events.get(i);
            try {
                sends.get(i).get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
                acknowledged.add(event.eventId());
                log.debug("published {} tenant={} aggregate={} eventId={}", event.type(), event.tenantId(),
                        event.subject(), event.eventId());
            } catch (ExecutionException | TimeoutException e) {
                log.warn("publish failed, will retry: {} tenant={} aggregate={} eventId={}: {}", event.type(),
                        event.tenantId(), event.subject(), event.eventId(), e.toString());
                break;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return acknowledged;
    }
}
