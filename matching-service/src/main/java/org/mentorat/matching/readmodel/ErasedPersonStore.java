package org.mentorat.matching.readmodel;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * One tombstone per erased person, so that a registration delivered after the erasure (it travels
 * on another partition, keyed by enrolment) can be scrubbed again.
 */
@Repository
class ErasedPersonStore {

    private final MongoCollection<Document> erasedPeople;

    ErasedPersonStore(MongoDatabase database) {
        this.erasedPeople = database.getCollection("erased_people");
    }

    void mark(String tenantId, String personId, String erasureId) {
        erasedPeople.replaceOne(eq("_id", id(tenantId, personId)),
                new Document("tenantId", tenantId).append("personId", personId).append("erasureId", erasureId),
                new ReplaceOptions().upsert(true));
    }

    boolean isErased(String tenantId, String personId) {
        return erasedPeople.find(eq("_id", id(tenantId, personId))).first() != null;
    }

    private static String id(String tenantId, String personId) {
        return tenantId + ":" + personId;
    }
}
