package org.mentorat.profile.people;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.bson.Document;

/**
 * The {@code skill_taxonomy} collection, one document per tenant and canonical name. Mapped by
 * hand because the document adds what the record does not hold: the lower-case {@code keys} of
 * the name and its synonyms, which every look-up queries.
 */
class SkillTaxonomyStore {

    private static final String TENANT = "tenantId";
    private static final String KEYS = "keys";

    private final MongoCollection<Document> entries;

    SkillTaxonomyStore(MongoCollection<Document> entries) {
        this.entries = entries;
    }

    List<SkillTaxonomy.Entry> all(String tenantId) {
        return entries.find(eq(TENANT, tenantId)).sort(Sorts.ascending("canonical"))
                .map(SkillTaxonomyStore::entryOf).into(new ArrayList<>());
    }

    void put(String tenantId, SkillTaxonomy.Entry entry, List<String> keys) {
        String id = tenantId + ":" + keys.getFirst();
        entries.replaceOne(eq("_id", id), new Document("_id", id).append(TENANT, tenantId)
                        .append("canonical", entry.canonical()).append("synonyms", entry.synonyms()).append(KEYS, keys),
                new ReplaceOptions().upsert(true));
    }

    /** The entries that know any of these keys. */
    List<SkillTaxonomy.Entry> knowing(String tenantId, Collection<String> keys) {
        return entries.find(and(eq(TENANT, tenantId), in(KEYS, keys))).map(SkillTaxonomyStore::entryOf)
                .into(new ArrayList<>());
    }

    /** Every key of the entry that knows this key; empty when none does. */
    List<String> keysWith(String tenantId, String key) {
        Document entry = entries.find(and(eq(TENANT, tenantId), eq(KEYS, key))).first();
        return entry == null ? List.of() : entry.getList(KEYS, String.class);
    }

    private static SkillTaxonomy.Entry entryOf(Document document) {
        return new SkillTaxonomy.Entry(document.getString("canonical"),
                document.getList("synonyms", String.class, List.of()));
    }
}
