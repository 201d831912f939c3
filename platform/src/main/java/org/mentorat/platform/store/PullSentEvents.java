package org.mentorat.platform.store;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.util.List;
import org.bson.Document;

/**
 * {@code $pull}s exactly the sent event ids and releases the lease; then clears the pending flag
 * if the outbox is empty and nothing was written since, so an event pushed meanwhile by a new
 * write stays pending. Both writes name the aggregate by exact keys (see {@link AggregateStore}).
 */
final class PullSentEvents implements OutboxAcknowledger {

    @Override
    public void acknowledge(AggregateStore store, Object aggregateId, List<String> sentEventIds) {
        Document after = store.collection().findOneAndUpdate(eq(AggregateStore.ID, aggregateId), Updates.combine(
                        Updates.pull(AggregateStore.OUTBOX, new Document("eventId", new Document("$in", sentEventIds))),
                        Updates.unset(AggregateStore.LEASE_UNTIL)),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)
                        .projection(Projections.include(AggregateStore.TENANT, AggregateStore.VERSION, AggregateStore.OUTBOX)));
        if (after != null && after.getList(AggregateStore.OUTBOX, Object.class, List.of()).isEmpty()) {
            store.collection().updateOne(new Document(AggregateStore.ID, aggregateId)
                            .append(AggregateStore.TENANT, after.get(AggregateStore.TENANT))
                            .append(AggregateStore.VERSION, after.get(AggregateStore.VERSION)),
                    Updates.set(AggregateStore.PENDING, false));
        }
    }
}
