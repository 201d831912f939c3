package org.mentorat.session.health;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The activities this instance wrote last, each as the store holds it at the version it was left
 * at, so that the next event of a busy mentorship is decided without reading it back. A copy is
 * only ever a guess: every write is versioned, so a copy some other writer (another instance, the
 * stall check, a release) has overtaken makes the write miss, and the projection then drops the
 * copy and reads the store. Least recently used copies go first once {@code capacity} is reached.
 */
final class ActivityCache {

    private final Map<String, MentorshipActivity> copies;

    ActivityCache(int capacity) {
        this.copies = new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, MentorshipActivity> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Optional<MentorshipActivity> get(String tenantId, String id) {
        return Optional.ofNullable(copies.get(key(tenantId, id)));
    }

    synchronized void put(MentorshipActivity activity) {
        copies.put(key(activity.tenantId(), activity.id()), activity);
    }

    /** Replaces the copy only if it is still {@code expected}: a later copy of another thread wins. */
    synchronized void replace(MentorshipActivity expected, MentorshipActivity next) {
        copies.replace(key(expected.tenantId(), expected.id()), expected, next);
    }

    synchronized void evict(String tenantId, String id) {
        copies.remove(key(tenantId, id));
    }

    private static String key(String tenantId, String id) {
        return tenantId + '\u0000' + id;
    }
}
