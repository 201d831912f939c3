package org.mentorat.platform.store;

import com.mongodb.client.MongoDatabase;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bson.codecs.Codec;

/**
 * Makes the service's stores, one per aggregate, and knows them all so that the outbox relay and
 * its gauges cover every outbox. Stores publish on the service's own topic unless given another
 * {@link EventOrigin}.
 */
public final class Stores {

    private final MongoDatabase database;
    private final EventOrigin serviceOrigin;
    private final Clock clock;
    private final OutboxSignal signal;
    private final List<AggregateStore> all = new CopyOnWriteArrayList<>();

    Stores(MongoDatabase database, EventOrigin serviceOrigin, Clock clock, OutboxSignal signal) {
        this.database = database;
        this.serviceOrigin = serviceOrigin;
        this.clock = clock;
        this.signal = signal;
    }

    /** A store of aggregate records, mapped by the driver's codecs. */
    public <T extends Record & Aggregate> RecordStore<T> forRecords(String collection, Class<T> type) {
        return records(collection, type, false);
    }

    /** A store of aggregate records whose erasure leaves tombstones (see {@link RecordStore#tombstone}). */
    public <T extends Record & Aggregate> RecordStore<T> forRecordsWithTombstones(String collection, Class<T> type) {
        return records(collection, type, true);
    }

    /** A document-level store, for aggregates whose document shape must differ from a record. */
    public AggregateStore forDocuments(String collection) {
        return forDocuments(collection, serviceOrigin);
    }

    public AggregateStore forDocuments(String collection, EventOrigin origin) {
        AggregateStore store = new AggregateStore(database.getCollection(collection), origin, clock, signal);
        all.add(store);
        return store;
    }

    List<AggregateStore> all() {
        return List.copyOf(all);
    }

    private <T extends Record & Aggregate> RecordStore<T> records(String collection, Class<T> type,
            boolean tombstones) {
        AggregateStore aggregates = forDocuments(collection);
        Codec<T> records = database.getCodecRegistry().get(type);
        List<String> fields = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                .map(name -> AggregateCodec.RECORD_ID.equals(name) ? AggregateStore.ID : name)
                .toList();
        return new RecordStore<>(aggregates, new AggregateCodec<>(records), fields, tombstones);
    }
}
