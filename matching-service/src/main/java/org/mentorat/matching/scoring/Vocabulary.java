package org.mentorat.matching.scoring;

import java.util.HashMap;
import java.util.Map;

/**
 * Numbers every key (topic, keyword, language, department...) seen among a program's mentors, so
 * that comparing a mentee with a mentor compares ints instead of strings. Filled while preparing,
 * then only read, which keeps a prepared ranking safe to share between threads.
 */
final class Vocabulary {

    /** Not in the vocabulary: no mentor has it, so it can never match. */
    static final int ABSENT = -1;

    private final Map<String, Integer> ids = new HashMap<>();

    int intern(String key) {
        return ids.computeIfAbsent(key, unused -> ids.size());
    }

    int find(String key) {
        return ids.getOrDefault(key, ABSENT);
    }
}
