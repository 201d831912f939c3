package org.mentorat.platform.outbox;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.mentorat.events.DomainEvent;
import org.mentorat.platform.events.EventIds;
import org.mentorat.platform.events.EventJson;
import org.mentorat.platform.events.OutboxEvent;
import org.mentorat.platform.events.Traceparents;

/**
 * Stores one kind of aggregate together with the events its changes caused, in one
 * single-document write (the document outbox): the state, the {@code version} increment and the
 * pending events commit together or not at all. The {@link OutboxRelay} publishes them later.
 *
 * <p>Every read and write is scoped by tenant; {@code version} gives optimistic concurrency.
 */
public final class AggregateStore {

    static final String OUTBOX = "outbox";
    static final String PENDING = "outboxPending";
    static final String LEASE_UNTIL = "leaseUntil";
    public static final String TENANT = "tenantId";
    public static final String VERSION = "version";

    private final MongoCollection<Document> collection;
    private final EventOrigin origin;
    private final Clock clock;
    private final OutboxSignal signal;

    public AggregateStore(MongoCollection<Document> collection, EventOrigin origin, Clock clock, OutboxSignal signal) {
        this.collection = collection;
        this.origin = origin;
        this.clock = clock;
        this.signal = signal;
        collection.createIndex(Indexes.ascending(PENDING, LEASE_UNTIL), new IndexOptions().name("outbox_pending"));
        collection.createIndex(Indexes.ascending(TENANT), new IndexOptions().name("tenant"));
        // Lookups and versioned updates use flat equality filters on exactly these keys: real
        // MongoDB would use _id anyway; the embedded store only uses an index whose keys equal the
        // query's, and scans the whole collection otherwise.
        collection.createIndex(Indexes.ascending("_id", TENANT), new IndexOptions().unique(true).name("id_tenant"));
        collection.createIndex(Indexes.ascending("_id", TENANT, VERSION),
                new IndexOptions().unique(true).name("id_tenant_version"));
    }

    public MongoCollection<Document> collection() {
        return collection;
    }

    /**
     * Inserts a new aggregate. A duplicate {@code _id} or unique key fails with the driver's
     * duplicate-key error and writes nothing.
     */
    public void insert(String tenantId, String id, Document state, List<? extends DomainEvent> events) {
        List<Document> outbox = outboxEntries(tenantId, id, 0, events);
        Document document = new Document(state)
                .append("_id", id)
                .append(TENANT, tenantId)
                .append(VERSION, (long) Math.max(1, events.size()))
                .append(OUTBOX, outbox)
                .append(PENDING, !outbox.isEmpty());
        collection.insertOne(document);
        signalIfAny(outbox);
    }

    /**
     * Applies {@code stateChange} if the aggregate is still at {@code expectedVersion}.
     *
     * @return false when another write got there first (or the aggregate is gone): nothing was
     *     written and the caller decides whether to reload and retry or report a conflict
     */
    public boolean update(String tenantId, String id, long expectedVersion, Bson stateChange,
            List<? extends DomainEvent> events) {
        List<Document> outbox = outboxEntries(tenantId, id, expectedVersion, events);
        List<Bson> changes = new ArrayList<>();
        changes.add(stateChange);
        changes.add(Updates.inc(VERSION, (long) Math.max(1, events.size())));
        if (!outbox.isEmpty()) {
            changes.add(Updates.pushEach(OUTBOX, outbox));
            changes.add(Updates.set(PENDING, true));
        }
        boolean applied = collection.updateOne(
                        new Document("_id", id).append(TENANT, tenantId).append(VERSION, expectedVersion),
                        Updates.combine(changes))
                .getModifiedCount() == 1;
        if (applied) {
            signalIfAny(outbox);
        }
        return applied;
    }

    public Optional<Document> find(String tenantId, String id) {
        return Optional.ofNullable(collection.find(new Document("_id", id).append(TENANT, tenantId)).first());
    }

    private List<Document> outboxEntries(String tenantId, String subject, long fromVersion,
            List<? extends DomainEvent> events) {
        List<Document> entries = new ArrayList<>(events.size());
        long sequence = fromVersion;
        for (DomainEvent event : events) {
            sequence++;
            entries.add(new OutboxEvent(EventIds.next(), origin.topic(), origin.source(),
                    DomainEvent.typeOf(event.getClass()), subject, tenantId, sequence, clock.instant(),
                    EventJson.write(event), Traceparents.current()).toDocument());
        }
        return entries;
    }

    private void signalIfAny(List<Document> outbox) {
        if (!outbox.isEmpty()) {
            signal.eventsWritten();
        }
    }
}
