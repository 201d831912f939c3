package org.mentorat.platform.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.mentorat.events.DomainEvent;
import org.mentorat.platform.events.EventIds;
import org.mentorat.platform.events.EventJson;
import org.mentorat.platform.events.EventTrace;
import org.mentorat.platform.events.OutboxEvent;
import org.mentorat.platform.mongo.DuplicateKeys;

/**
 * Stores one kind of aggregate together with the events its changes caused, in one
 * single-document write (the document outbox): the state, the {@code version} increment and the
 * pending events commit together or not at all. The {@link OutboxRelay} publishes them later.
 *
 * <p>Every read and write is scoped by tenant; {@code version} gives optimistic concurrency. This
 * is the document-level store, for aggregates whose document shape must differ from a record;
 * {@link RecordStore} maps a record onto it. Both are made by {@link Stores}.
 */
public final class AggregateStore {

    static final String OUTBOX = "outbox";
    static final String PENDING = "outboxPending";
    static final String LEASE_UNTIL = "leaseUntil";
    static final String ERASED = "erased";
    static final String ID = "_id";
    public static final String TENANT = "tenantId";
    public static final String VERSION = "version";
    /** The kit's own fields: no aggregate state may be stored under these names, and no erasure touches them. */
    static final Set<String> BOOKKEEPING = Set.of(ID, TENANT, VERSION, OUTBOX, PENDING, LEASE_UNTIL, ERASED);
    private static final int ATTEMPTS = 5;

    private final MongoCollection<Document> collection;
    private final EventOrigin origin;
    private final Clock clock;
    private final OutboxSignal signal;

    AggregateStore(MongoCollection<Document> collection, EventOrigin origin, Clock clock, OutboxSignal signal) {
        this.collection = collection;
        this.origin = origin;
        this.clock = clock;
        this.signal = signal;
        collection.createIndex(Indexes.ascending(PENDING, LEASE_UNTIL), new IndexOptions().name("outbox_pending"));
        collection.createIndex(Indexes.ascending(TENANT), new IndexOptions().name("tenant"));
        // Lookups, versioned updates and the relay's leases use flat equality filters on exactly
        // these keys: real MongoDB would use _id anyway; the embedded store only uses an index
        // whose keys equal the query's, and scans the whole collection otherwise.
        collection.createIndex(Indexes.ascending(ID, TENANT), new IndexOptions().unique(true).name("id_tenant"));
        collection.createIndex(Indexes.ascending(ID, TENANT, VERSION),
                new IndexOptions().unique(true).name("id_tenant_version"));
        collection.createIndex(Indexes.ascending(ID, TENANT, LEASE_UNTIL),
                new IndexOptions().unique(true).name("id_tenant_lease"));
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
                .append(ID, id)
                .append(TENANT, tenantId)
                .append(VERSION, versionStep(events))
                .append(OUTBOX, outbox)
                .append(PENDING, !outbox.isEmpty());
        collection.insertOne(document);
        signalIfAny(tenantId, id, outbox);
    }

    /**
     * Inserts a new aggregate created by an event that may be delivered again: its id is derived
     * from the cause, so a redelivery collides on {@code _id} (or a unique key).
     *
     * @return false when it already exists: nothing was written
     */
    public boolean insertOnce(String tenantId, String id, Document state, List<? extends DomainEvent> events) {
        return DuplicateKeys.insertOnce(() -> insert(tenantId, id, state, events));
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
        changes.add(Updates.inc(VERSION, versionStep(events)));
        if (!outbox.isEmpty()) {
            changes.add(Updates.pushEach(OUTBOX, outbox));
            changes.add(Updates.set(PENDING, true));
        }
        boolean applied = collection.updateOne(
                        new Document(ID, id).append(TENANT, tenantId).append(VERSION, expectedVersion),
                        Updates.combine(changes))
                .getModifiedCount() == 1;
        if (applied) {
            signalIfAny(tenantId, id, outbox);
        }
        return applied;
    }

    /**
     * Runs a read-decide-write attempt again while a concurrent write makes it miss. Safe because
     * deciding has no side effects: the decision is simply taken again on the fresh state.
     *
     * @param attempt returns the outcome, or empty when its versioned write missed
     * @throws ConcurrentUpdateException after five misses in a row
     */
    public <R> R retryOnConflict(Supplier<Optional<R>> attempt) {
        for (int i = 0; i < ATTEMPTS; i++) {
            Optional<R> outcome = attempt.get();
            if (outcome.isPresent()) {
                return outcome.get();
            }
        }
        throw new ConcurrentUpdateException(collectionName());
    }

    public Optional<Document> find(String tenantId, String id) {
        return Optional.ofNullable(collection.find(new Document(ID, id).append(TENANT, tenantId)).first());
    }

    /**
     * Removes {@code fields} from every aggregate of the tenant that {@code filter} selects, and
     * raises their version so that a concurrent write based on the state before the erasure
     * misses. The kit's bookkeeping (id, tenant, version, outbox) is never erased: pending events
     * are still published and acknowledged as usual.
     *
     * @return how many aggregates changed
     */
    public long erase(String tenantId, Bson filter, String... fields) {
        List<Bson> unsets = new ArrayList<>();
        for (String field : fields) {
            if (BOOKKEEPING.contains(field)) {
                throw new IllegalArgumentException(field + " is the store's own bookkeeping and cannot be erased");
            }
            unsets.add(Updates.unset(field));
        }
        unsets.add(Updates.inc(VERSION, 1L));
        return collection.updateMany(and(eq(TENANT, tenantId), filter), Updates.combine(unsets)).getModifiedCount();
    }

    String collectionName() {
        return collection.getNamespace().getCollectionName();
    }

    List<Document> outboxEntries(String tenantId, String subject, long fromVersion,
            List<? extends DomainEvent> events) {
        List<Document> entries = new ArrayList<>(events.size());
        long sequence = fromVersion;
        for (DomainEvent event : events) {
            sequence++;
            entries.add(new OutboxEvent(EventIds.next(), origin.topic(), origin.source(),
                    DomainEvent.typeOf(event.getClass()), subject, tenantId, sequence, clock.instant(),
                    EventJson.write(event), EventTrace.current()).toDocument());
        }
        return entries;
    }

    void signalIfAny(String tenantId, Object id, List<Document> outbox) {
        if (!outbox.isEmpty()) {
            signal.created(new OutboxSignal.Written(this, tenantId, id));
        }
    }

    /** How much a write raises the version: one per event, so events' sequences follow it, and one at least. */
    static long versionStep(List<? extends DomainEvent> events) {
        return Math.max(1, events.size());
    }
}
