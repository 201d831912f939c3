package org.mentorat.profile.people;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * A tenant's skill vocabulary: a canonical name and its synonyms ("Java": "java", "JVM").
 * Names compare case-insensitively; a name the taxonomy does not know is its own canonical name.
 */
@Service
public class SkillTaxonomy {

    private final SkillTaxonomyStore store;

    SkillTaxonomy(SkillTaxonomyStore store) {
        this.store = store;
    }

    static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    public record Entry(@Schema(maxLength = 100) String canonical,
            @ArraySchema(maxItems = 50, schema = @Schema(maxLength = 100)) List<String> synonyms) {
    }

    public List<Entry> all(String tenantId) {
        return store.all(tenantId);
    }

    public Entry define(String tenantId, String canonical, List<String> synonyms) {
        Entry entry = new Entry(canonical.trim(),
                synonyms.stream().map(String::trim).filter(s -> !s.isEmpty()).distinct().toList());
        Set<String> keys = new LinkedHashSet<>();
        keys.add(key(entry.canonical()));
        entry.synonyms().forEach(synonym -> keys.add(key(synonym)));
        store.put(tenantId, entry, List.copyOf(keys));
        return entry;
    }

    /** Resolves the given names with one look-up of the entries that know any of them. */
    public CanonicalNames canonicalNames(String tenantId, Collection<String> names) {
        if (names.isEmpty()) {
            return CanonicalNames.from(List.of());
        }
        return CanonicalNames.from(store.knowing(tenantId, names.stream().map(SkillTaxonomy::key).distinct().toList()));
    }

    /** Every key that means the same skill as {@code name}: its canonical name and synonyms. */
    List<String> equivalentKeys(String tenantId, String name) {
        List<String> keys = store.keysWith(tenantId, key(name));
        return keys.isEmpty() ? List.of(key(name)) : keys;
    }
}
