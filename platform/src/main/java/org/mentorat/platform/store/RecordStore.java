package org.mentorat.platform.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.mentorat.events.DomainEvent;
import org.mentorat.platform.mongo.DuplicateKeys;

/**
 * The store of one aggregate record: its fields are the record's components, mapped by the
 * MongoDB driver's codecs (records, enums, {@code java.time}, nested records and collections),
 * null components are left out. State and events are written together through the
 * {@link AggregateStore} underneath, so every write is also the aggregate's outbox.
 *
 * <p>Every read is scoped by tenant. A store declared with tombstones keeps erased aggregates as
 * bare documents (see {@link #tombstone}) and never returns them.
 */
public final class RecordStore<T extends Record & Aggregate> {

    private static final Set<String> KEPT_BY_UPDATES = Set.of(AggregateStore.ID, AggregateStore.TENANT,
            AggregateStore.VERSION);

    private final AggregateStore aggregates;
    private final AggregateCodec<T> codec;
    private final List<String> fields;
    private final boolean tombstones;
    private final MongoCollection<BsonDocument> documents;

    RecordStore(AggregateStore aggregates, AggregateCodec<T> codec, List<String> fields, boolean tombstones) {
        this.aggregates = aggregates;
        this.codec = codec;
        this.fields = List.copyOf(fields);
        this.tombstones = tombstones;
        this.documents = aggregates.collection().withDocumentClass(BsonDocument.class);
        fields.stream().filter(AggregateStore.BOOKKEEPING::contains).filter(field -> !KEPT_BY_UPDATES.contains(field))
                .findAny().ifPresent(field -> {
                    throw new IllegalArgumentException(codec.getEncoderClass().getSimpleName() + "." + field
                            + " clashes with the store's own bookkeeping field of that name");
                });
    }

    public void insert(Changed<T> created) {
        T state = created.state();
        aggregates.insert(state.tenantId(), state.id(), stateOf(state), created.events());
    }

    /**
     * Inserts an aggregate whose id derives from the event that created it.
     *
     * @return false when it already exists (a redelivered event): nothing was written
     */
    public boolean insertOnce(Changed<T> created) {
        return DuplicateKeys.insertOnce(() -> insert(created));
    }

    /**
     * Writes the new state and its events if the aggregate is still at the version the state was
     * read at: present components are set, null ones removed.
     *
     * @return false when another write got there first: nothing was written
     */
    public boolean update(Changed<T> changed) {
        T state = changed.state();
        BsonDocument document = codec.toDocument(state);
        List<Bson> changes = new ArrayList<>();
        for (String field : fields) {
            if (KEPT_BY_UPDATES.contains(field)) {
                continue;
            }
            changes.add(document.containsKey(field) ? Updates.set(field, document.get(field)) : Updates.unset(field));
        }
        return aggregates.update(state.tenantId(), state.id(), state.version(), Updates.combine(changes),
                changed.events());
    }

    /** A partial versioned write, for changes the store expresses better than a whole new state. */
    public boolean update(String tenantId, String id, long expectedVersion, Bson change,
            List<? extends DomainEvent> events) {
        return aggregates.update(tenantId, id, expectedVersion, change, events);
    }

    /**
     * A partial versioned write without events that returns the aggregate as written: one round
     * trip where a write and a read take two (a claim that must know what it claimed).
     *
     * @return empty when another write got there first (nothing was written) or the aggregate is erased
     */
    public Optional<T> updateAndRead(String tenantId, String id, long expectedVersion, Bson change) {
        BsonDocument written = documents.findOneAndUpdate(new BsonDocument(AggregateStore.ID, new BsonString(id))
                        .append(AggregateStore.TENANT, new BsonString(tenantId))
                        .append(AggregateStore.VERSION, new BsonInt64(expectedVersion)),
                Updates.combine(change, Updates.inc(AggregateStore.VERSION, AggregateStore.versionStep(List.of()))),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        if (written == null || isTombstone(written)) {
            return Optional.empty();
        }
        return Optional.of(codec.fromDocument(written));
    }

    /**
     * Loads the aggregate, lets it decide and stores the outcome; when a concurrent write makes
     * the store miss, decides again on the fresh state.
     *
     * @param load finds the aggregate or throws what the caller reports when it is missing
     * @throws ConcurrentUpdateException when it kept changing
     */
    public Changed<T> decide(Supplier<T> load, Function<T, Changed<T>> decision) {
        return aggregates.retryOnConflict(() -> {
            Changed<T> changed = decision.apply(load.get());
            return update(changed) ? Optional.of(changed) : Optional.empty();
        });
    }

    /**
     * The version the store holds once {@code changed} is written (a new aggregate's state is at
     * version 0): a copy kept in memory at that version is current until someone else writes.
     */
    public long versionAfter(Changed<T> changed) {
        return changed.state().version() + AggregateStore.versionStep(changed.events());
    }

    public Optional<T> find(String tenantId, String id) {
        // A flat filter on exactly the keys of the id_tenant index: the embedded store uses an index
        // only then, and scans the whole collection for an $and.
        BsonDocument document = documents.find(new BsonDocument(AggregateStore.ID, new BsonString(id))
                .append(AggregateStore.TENANT, new BsonString(tenantId))).first();
        if (document == null || isTombstone(document)) {
            return Optional.empty();
        }
        return Optional.of(codec.fromDocument(document));
    }

    /** The tenant's aggregates that {@code filter} selects, in {@code sort} order (null: any order). */
    public List<T> list(String tenantId, Bson filter, Bson sort, int skip, int limit) {
        return documents.find(scoped(tenantId, filter)).sort(sort).skip(skip).limit(limit)
                .map(codec::fromDocument).into(new ArrayList<>());
    }

    public List<T> list(String tenantId, Bson filter) {
        return list(tenantId, filter, null, 0, 0);
    }

    public long count(String tenantId, Bson filter) {
        return documents.countDocuments(scoped(tenantId, filter));
    }

    /**
     * Erases the aggregates {@code filter} selects down to tombstones: every field of the record
     * goes but the id, tenant, version and {@code keptFields}; {@code erased} is set. The kit's
     * bookkeeping stays, so events still pending in their outbox are published as usual, and a
     * replayed creation collides on the kept id instead of bringing the aggregate back. The
     * version rises, so a concurrent write based on the state before fails its version check.
     *
     * @return how many aggregates were erased
     */
    public long tombstone(String tenantId, Bson filter, String... keptFields) {
        if (!tombstones) {
            throw new IllegalStateException("declare the store with tombstones to erase to tombstones");
        }
        Set<String> kept = Set.of(keptFields);
        List<Bson> changes = new ArrayList<>();
        for (String field : fields) {
            if (!KEPT_BY_UPDATES.contains(field) && !kept.contains(field)) {
                changes.add(Updates.unset(field));
            }
        }
        changes.add(Updates.set(AggregateStore.ERASED, true));
        changes.add(Updates.inc(AggregateStore.VERSION, 1L));
        return documents.updateMany(scoped(tenantId, filter), Updates.combine(changes)).getModifiedCount();
    }

    /** Declares an index; by convention the tenant comes first. */
    public void index(String name, Bson keys, boolean unique) {
        aggregates.collection().createIndex(keys, new IndexOptions().name(name).unique(unique));
    }

    /** The raw documents, for conditional single-document writes that the owning store expresses itself. */
    public MongoCollection<Document> documents() {
        return aggregates.collection();
    }

    private Document stateOf(T state) {
        BsonDocument document = codec.toDocument(state);
        KEPT_BY_UPDATES.forEach(document::remove);
        return new Document(document);
    }

    private Bson scoped(String tenantId, Bson filter) {
        Bson ofTenant = filter == null ? eq(AggregateStore.TENANT, tenantId) : and(eq(AggregateStore.TENANT, tenantId), filter);
        return tombstones ? and(ofTenant, ne(AggregateStore.ERASED, true)) : ofTenant;
    }

    private static boolean isTombstone(BsonDocument document) {
        return document.getBoolean(AggregateStore.ERASED, BsonBoolean.FALSE).getValue();
    }
}
