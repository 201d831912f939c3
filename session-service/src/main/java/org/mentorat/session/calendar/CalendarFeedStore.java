package org.mentorat.session.calendar;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * One feed per person: the SHA-256 of its current token, never the token. Rotating replaces the
 * hash in the person's one document, so the old token stops matching at that write.
 */
@Component
class CalendarFeedStore {

    private final MongoCollection<Document> feeds;

    CalendarFeedStore(MongoDatabase database) {
        this.feeds = database.getCollection("calendar_feeds");
        feeds.createIndex(Indexes.ascending("tokenHash"), new IndexOptions().unique(true));
    }

    void replace(String tenantId, String personId, String tokenHash, Instant now) {
        feeds.replaceOne(eq("_id", key(tenantId, personId)), new Document("tenantId", tenantId)
                .append("personId", personId).append("tokenHash", tokenHash).append("rotatedAt", Date.from(now)),
                new ReplaceOptions().upsert(true));
    }

    /** The tenant and person whose current token hashes to this. */
    Optional<FeedOwner> ownerOf(String tokenHash) {
        return Optional.ofNullable(feeds.find(eq("tokenHash", tokenHash)).first())
                .map(feed -> new FeedOwner(feed.getString("tenantId"), feed.getString("personId")));
    }

    void delete(String tenantId, String personId) {
        feeds.deleteOne(eq("_id", key(tenantId, personId)));
    }

    private static String key(String tenantId, String personId) {
        return tenantId + ":" + personId;
    }

    record FeedOwner(String tenantId, String personId) {
    }
}
