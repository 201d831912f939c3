package org.mentorat.matching.fairness;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import java.util.List;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/** The attributes a tenant asked to watch for fairness, beyond department, location and seniority. */
@Repository
class ProtectedAttributeStore {

    private final MongoCollection<Document> settings;

    ProtectedAttributeStore(MongoDatabase database) {
        this.settings = database.getCollection("fairness_settings");
    }

    List<String> of(String tenantId) {
        Document setting = settings.find(eq("_id", tenantId)).first();
        return setting == null ? List.of() : setting.getList("protectedAttributes", String.class, List.of());
    }

    void set(String tenantId, List<String> attributes) {
        settings.replaceOne(eq("_id", tenantId), new Document("tenantId", tenantId)
                .append("protectedAttributes", attributes), new ReplaceOptions().upsert(true));
    }
}
