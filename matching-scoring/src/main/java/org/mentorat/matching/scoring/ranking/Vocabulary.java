package org.mentorat.matching.scoring.ranking;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers the keys of one field (topics, keywords, languages...) seen among a program's mentors,
 * so that comparing a mentee with a mentor compares ints instead of strings. The most frequent keys
 * get the lowest numbers, so that most sets fit in {@link IdSet}'s 64-bit mask. Read-only once
 * built, which keeps a prepared ranking safe to share between threads.
 */
final class Vocabulary {

    /** Not in the vocabulary: no mentor has it, so it can never match. */
    static final int ABSENT = -1;

    private final Map<String, Integer> ids;

    private Vocabulary(Map<String, Integer> ids) {
        this.ids = ids;
    }

    int find(String key) {
        return ids.getOrDefault(key, ABSENT);
    }

    /** Counts keys, then numbers them by descending count (ties by key, for reproducible numbers). */
    static final class Counter {

        private final Map<String, Integer> counts = new HashMap<>();

        void add(String key) {
            counts.merge(key, 1, Integer::sum);
        }

        void addAll(Iterable<String> keys) {
            keys.forEach(this::add);
        }

        Vocabulary build() {
            List<Map.Entry<String, Integer>> byFrequency = counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                            .thenComparing(Map.Entry.comparingByKey()))
                    .toList();
            Map<String, Integer> ids = new HashMap<>();
            for (Map.Entry<String, Integer> entry : byFrequency) {
                ids.put(entry.getKey(), ids.size());
            }
            return new Vocabulary(ids);
        }
    }
}
