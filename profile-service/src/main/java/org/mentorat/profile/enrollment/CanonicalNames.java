package org.mentorat.profile.enrollment;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mentorat.profile.people.SkillTaxonomy;

/**
 * Names topics and skills as the tenant's taxonomy does ("jvm" → "Java"), so that matching compares
 * like with like without knowing the taxonomy. A name the taxonomy does not know stays as written.
 */
final class CanonicalNames {

    private final Map<String, String> canonicalByKey = new HashMap<>();

    CanonicalNames(List<SkillTaxonomy.Entry> taxonomy) {
        for (SkillTaxonomy.Entry entry : taxonomy) {
            canonicalByKey.put(key(entry.canonical()), entry.canonical());
            entry.synonyms().forEach(synonym -> canonicalByKey.put(key(synonym), entry.canonical()));
        }
    }

    String of(String name) {
        return canonicalByKey.getOrDefault(key(name), name.trim());
    }

    List<String> of(List<String> names) {
        return names.stream().map(this::of).distinct().toList();
    }

    private static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }
}
