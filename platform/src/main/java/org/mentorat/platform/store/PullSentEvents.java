package org.mentorat.platform.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.size;

import com.mongodb.client.model.Updates;
import java.util.List;
import org.bson.Document;

/**
 * {@code $pull}s exactly the sent event ids and releases the lease; then clears the pending
 * flag only if the outbox is empty, so an event pushed meanwhile by a new write stays pending.
 */
final class PullSentEvents implements OutboxAcknowledger {

    @Override
    public void acknowledge(AggregateStore store, Object aggregateId, List<String> sentEventIds) {
        store.collection().updateOne(eq("_id", aggregateId), Updates.combine(
                Updates.pull(AggregateStore.OUTBOX, new Document("eventId", new Document("$in", sentEventIds))),
                Updates.unset(AggregateStore.LEASE_UNTIL)));
        store.collection().updateOne(and(eq("_id", aggregateId), size(AggregateStore.OUTBOX, 0)),
                Updates.set(AggregateStore.PENDING, false));
    }
}
