package org.mentorat.platform.consumer;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.util.Date;
import org.bson.Document;
import org.mentorat.platform.mongo.DuplicateKeys;

/**
 * Remembers which events a consumer group has already acted on, for effects that cannot be made
 * idempotent by a conditional write (sending an email). The unique {@code _id}
 * {@code consumerGroup:eventId} makes the first writer win; everyone else sees a duplicate.
 */
public final class ProcessedEventLedger {

    private final MongoCollection<Document> ledger;
    private final Clock clock;

    public ProcessedEventLedger(MongoDatabase database, Clock clock) {
        this.ledger = database.getCollection("processed_events");
        this.clock = clock;
    }

    /** @return true the first time this group sees this event id, false for a redelivery */
    public boolean firstDelivery(String consumerGroup, String eventId) {
        return DuplicateKeys.insertOnce(() -> ledger.insertOne(new Document("_id", consumerGroup + ":" + eventId)
                .append("processedAt", Date.from(clock.instant()))));
    }
}
