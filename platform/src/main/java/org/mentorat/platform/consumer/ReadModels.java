package org.mentorat.platform.consumer;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.mentorat.platform.events.IncomingEvent;
import org.mentorat.platform.mongo.DuplicateKeys;

/**
 * Exactly-once effect for read models fed by one source aggregate: the document remembers the
 * last {@code ce_sequence} it applied, and an update only applies to an older state. A duplicate
 * or stale event matches nothing; its upsert then collides on {@code _id} and is skipped.
 */
public final class ReadModels {

    public static final String LAST_SEQUENCE = "lastSequence";
    /** Set on a document whose content was erased: it is kept only so that nothing can fill it again. */
    public static final String ERASED = "erased";

    private ReadModels() {
    }

    /** @return true if the effect was applied, false for a duplicate or out-of-date event */
    public static boolean applyIfNewer(MongoCollection<Document> collection, String id, IncomingEvent event,
            Bson change) {
        Bson newer = or(exists(LAST_SEQUENCE, false), lt(LAST_SEQUENCE, event.sequence()));
        Bson update = Updates.combine(change, Updates.set(LAST_SEQUENCE, event.sequence()));
        try {
            UpdateResult result = collection.updateOne(and(eq("_id", id), eq("tenantId", event.tenantId()), newer),
                    update, new UpdateOptions().upsert(true));
            return result.getModifiedCount() > 0 || result.getUpsertedId() != null;
        } catch (MongoWriteException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Erases what the read model holds under {@code id} for good: the document keeps its id, the
     * tenant, {@link #ERASED} and a last sequence no event can pass, so a redelivered or replayed
     * event of the erased aggregate, however late, cannot bring the data back.
     */
    public static void forget(MongoCollection<Document> collection, String id, String tenantId) {
        collection.replaceOne(and(eq("_id", id), eq("tenantId", tenantId)), new Document("tenantId", tenantId)
                .append(ERASED, true).append(LAST_SEQUENCE, Long.MAX_VALUE), new ReplaceOptions().upsert(true));
    }
}
