package org.mentorat.profile.people;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * A tenant's skill vocabulary: a canonical name and its synonyms ("Java": "java", "JVM").
 * Names compare case-insensitively; a name the taxonomy does not know is its own canonical name.
 */
@Repository
public class SkillTaxonomy {

    private final MongoCollection<Document> entries;

    SkillTaxonomy(MongoDatabase database) {
        this.entries = database.getCollection("skill_taxonomy");
    }

    static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    public record Entry(String canonical, List<String> synonyms) {
    }

    public List<Entry> all(String tenantId) {
        return entries.find(eq("tenantId", tenantId)).sort(Sorts.ascending("canonical"))
                .map(SkillTaxonomy::entryOf)
                .into(new ArrayList<>());
    }

    private static Entry entryOf(Document document) {
        return new Entry(document.getString("canonical"), document.getList("synonyms", String.class, List.of()));
    }

    public Entry define(String tenantId, String canonical, List<String> synonyms) {
        String name = canonical.trim();
        List<String> cleaned = synonyms.stream().map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
        Set<String> keys = new LinkedHashSet<>();
        keys.add(key(name));
        cleaned.forEach(synonym -> keys.add(key(synonym)));
        entries.replaceOne(and(eq("_id", tenantId + ":" + key(name))),
                new Document("_id", tenantId + ":" + key(name)).append("tenantId", tenantId)
                        .append("canonical", name).append("synonyms", cleaned).append("keys", List.copyOf(keys)),
                new ReplaceOptions().upsert(true));
        return new Entry(name, cleaned);
    }

    /** Resolves the given names with one look-up of the entries that know any of them. */
    public CanonicalNames canonicalNames(String tenantId, Collection<String> names) {
        if (names.isEmpty()) {
            return CanonicalNames.from(List.of());
        }
        List<String> keys = names.stream().map(SkillTaxonomy::key).distinct().toList();
        return CanonicalNames.from(entries.find(and(eq("tenantId", tenantId), in("keys", keys)))
                .map(SkillTaxonomy::entryOf).into(new ArrayList<>()));
    }

    /** Every key that means the same skill as {@code name}: its canonical name and synonyms. */
    List<String> equivalentKeys(String tenantId, String name) {
        Document entry = entries.find(and(eq("tenantId", tenantId), eq("keys", key(name)))).first();
        return entry == null ? List.of(key(name)) : entry.getList("keys", String.class);
    }
}
