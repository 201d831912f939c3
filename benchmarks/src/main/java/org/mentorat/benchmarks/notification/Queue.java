package org.mentorat.benchmarks.notification;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;

/** What notification-service's queue (collection {@code dispatches}) holds, read directly. */
final class Queue {

    private Queue() {
    }

    /** Counts per {@code KIND/CHANNEL/STATUS}. */
    static Map<String, Long> countByKindChannelStatus(MongoDatabase database) {
        Map<String, Long> counts = new TreeMap<>();
        database.getCollection("dispatches").aggregate(List.of(Aggregates.group(
                        new Document("kind", "$kind").append("channel", "$channel").append("status", "$status"),
                        Accumulators.sum("count", 1))))
                .forEach(group -> {
                    Document key = group.get("_id", Document.class);
                    counts.put(key.getString("kind") + "/" + key.getString("channel") + "/" + key.getString("status"),
                            ((Number) group.get("count")).longValue());
                });
        return counts;
    }

    /** The earliest due time of the kind's messages, or null when there are none. */
    static Instant earliestDue(MongoDatabase database, String kind) {
        Document first = database.getCollection("dispatches").find(Filters.eq("kind", kind))
                .sort(Sorts.ascending("dueAt")).first();
        return first == null ? null : first.getDate("dueAt").toInstant();
    }
}
