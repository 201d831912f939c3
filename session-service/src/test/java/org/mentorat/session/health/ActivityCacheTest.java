package org.mentorat.session.health;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActivityCacheTest {

    private final MentorshipActivity first = MentorshipActivity.unknown("acme", "mts-1", "prg-1").atVersion(1);

    @Test
    void aReleaseReplacesOnlyTheCopyItWasBasedOn() {
        ActivityCache cache = new ActivityCache(10);
        cache.put(first);
        MentorshipActivity newer = first.atVersion(3);
        cache.put(newer);

        cache.replace(first, first.atVersion(2));

        assertThat(cache.get("acme", "mts-1")).contains(newer);
    }

    @Test
    void theLeastRecentlyUsedCopyGoesFirstAndTenantsStayApart() {
        ActivityCache cache = new ActivityCache(2);
        cache.put(first);
        cache.put(MentorshipActivity.unknown("acme", "mts-2", "prg-1"));
        cache.get("acme", "mts-1");
        cache.put(MentorshipActivity.unknown("acme", "mts-3", "prg-1"));

        assertThat(cache.get("acme", "mts-1")).isPresent();
        assertThat(cache.get("acme", "mts-2")).isEmpty();
        assertThat(cache.get("globex", "mts-1")).isEmpty();
    }

    @Test
    void nothingIsKeptWithNoCapacity() {
        ActivityCache cache = new ActivityCache(0);
        cache.put(first);

        assertThat(cache.get("acme", "mts-1")).isEmpty();
    }
}
