package org.mentorat.platform.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.bson.Document;
import org.bson.conversions.Bson;
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
 *
 * <p>A pass first takes the aggregates this instance just wrote (named by the {@link OutboxSignal}),
 * then, at most once a poll interval, sweeps every store for the others (written by another
 * instance, before a restart, or left by a failed send once its lease expired). Every lease is a
 * compare-and-set by id on the lease read, so two instances never lease one aggregate together,
 * and no lease needs a query over a whole collection.
 */
final class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    /** How many pending aggregates one sweep of a store takes; a full batch brings the next sweep forward. */
    private static final int SWEEP_BATCH = 1_000;

    private final Stores stores;
    private final KafkaTemplate<String, byte[]> kafka;
    private final OutboxAcknowledger acknowledger;
    private final OutboxProperties properties;
    private final OutboxSignal signal;
    private final Clock clock;
    private final String instanceId;
    /** On the machine's monotonic clock, not the business clock (which tests move or stop). */
    private long nextSweepNanos = System.nanoTime();

    OutboxRelay(Stores stores, KafkaTemplate<String, byte[]> kafka, OutboxAcknowledger acknowledger,
            OutboxProperties properties, OutboxSignal signal, Clock clock, String instanceId) {
        this.stores = stores;
        this.kafka = kafka;
        this.acknowledger = acknowledger;
        this.properties = properties;
        this.signal = signal;
        this.clock = clock;
        this.instanceId = instanceId;
    }

    /** One pass: what this instance just wrote, then a sweep if one is due; returns how many events were published. */
    public int relayPending() {
        int published = 0;
        for (OutboxSignal.Written written : signal.take()) {
            published += relay(written.store(), written.tenantId(), written.id());
        }
        long nanos = System.nanoTime();
        if (signal.takeOverflow() || nanos - nextSweepNanos >= 0) {
            nextSweepNanos = nanos + properties.pollInterval().toNanos();
            published += sweep(clock.instant());
        }
        return published;
    }

    private int sweep(Instant now) {
        int published = 0;
        for (AggregateStore store : stores.all()) {
            List<Document> pending = store.collection().find(and(eq(AggregateStore.PENDING, true),
                            or(eq(AggregateStore.LEASE_UNTIL, null), lt(AggregateStore.LEASE_UNTIL, Date.from(now)))))
                    .projection(Projections.include(AggregateStore.TENANT))
                    .limit(SWEEP_BATCH)
                    .into(new ArrayList<>());
            if (pending.size() == SWEEP_BATCH) {
                nextSweepNanos = System.nanoTime();
            }
            for (Document aggregate : pending) {
                published += relay(store, aggregate.getString(AggregateStore.TENANT), aggregate.get(AggregateStore.ID));
            }
        }
        return published;
    }

    private int relay(AggregateStore store, String tenantId, Object id) {
        Document leased = lease(store, tenantId, id);
        return leased == null ? 0 : publish(store, leased);
    }

    /**
     * Leases the aggregate if it has pending events and nobody holds it, by a write conditioned on
     * the lease: of two instances trying, one succeeds. An aggregate nobody has leased yet (the
     * usual case: just written) is leased and read in one round trip.
     *
     * @return the aggregate as leased, its events to publish; null when there is nothing for this instance
     */
    private Document lease(AggregateStore store, String tenantId, Object id) {
        Document key = new Document(AggregateStore.ID, id).append(AggregateStore.TENANT, tenantId);
        Document firstLease = store.collection().findOneAndUpdate(
                new Document(key).append(AggregateStore.LEASE_UNTIL, null), leaseFor(clock.instant()),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        if (firstLease != null) {
            if (firstLease.getBoolean(AggregateStore.PENDING, false)) {
                return firstLease;
            }
            // published meanwhile by another instance: let the next write's events go at once
            store.collection().updateOne(key, Updates.unset(AggregateStore.LEASE_UNTIL));
            return null;
        }
        Document aggregate = store.collection().find(key).first();
        Instant now = clock.instant();
        if (aggregate == null || !aggregate.getBoolean(AggregateStore.PENDING, false) || heldAt(aggregate, now)) {
            return null;
        }
        Document expiredLease = new Document(key).append(AggregateStore.LEASE_UNTIL,
                aggregate.get(AggregateStore.LEASE_UNTIL));
        boolean leased = store.collection().updateOne(expiredLease, leaseFor(now)).getModifiedCount() == 1;
        return leased ? aggregate : null;
    }

    private Bson leaseFor(Instant now) {
        return Updates.combine(Updates.set(AggregateStore.LEASE_UNTIL, Date.from(now.plus(properties.lease()))),
                Updates.set("leaseOwner", instanceId));
    }

    private static boolean heldAt(Document aggregate, Instant now) {
        Date until = aggregate.getDate(AggregateStore.LEASE_UNTIL);
        return until != null && until.toInstant().isAfter(now);
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
        // an empty outbox still pending (its flag was left by a write that came during the last
        // acknowledgement) is acknowledged too: that clears the flag
        if (!acknowledged.isEmpty() || events.isEmpty()) {
            acknowledger.acknowledge(store, aggregate.get(AggregateStore.ID), acknowledged);
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
