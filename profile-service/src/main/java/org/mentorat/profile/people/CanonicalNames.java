package org.mentorat.profile.people;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names topics and skills as the tenant's taxonomy does ("jvm" → "Java"), so that search and
 * matching compare like with like. A name the taxonomy does not know stays as written.
 */
public final class CanonicalNames {

    private final Map<String, String> canonicalByKey = new HashMap<>();

    private CanonicalNames(Collection<SkillTaxonomy.Entry> entries) {
        for (SkillTaxonomy.Entry entry : entries) {
            canonicalByKey.put(SkillTaxonomy.key(entry.canonical()), entry.canonical());
            entry.synonyms().forEach(synonym -> canonicalByKey.put(SkillTaxonomy.key(synonym), entry.canonical()));
        }
    }

    public static CanonicalNames from(Collection<SkillTaxonomy.Entry> entries) {
        return new CanonicalNames(entries);
    }

    public String of(String name) {
        return canonicalByKey.getOrDefault(SkillTaxonomy.key(name), name.trim());
    }

    public List<String> of(List<String> names) {
        return names.stream().map(this::of).distinct().toList();
    }
}
