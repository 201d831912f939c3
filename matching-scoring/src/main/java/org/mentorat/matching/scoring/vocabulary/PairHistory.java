package org.mentorat.matching.scoring.vocabulary;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What has happened between people before: pairs that were declined or ended, and explicit blocks.
 * Both are about two people, not a direction, so a pair matches either way round (this matters for
 * peer programs, where either person may be on the "mentor" side).
 */
public final class PairHistory {

    private final Set<Set<String>> declinedOrEnded;
    private final Set<Set<String>> blocked;
    /** Who each person may not be paired with, built on first use by a ranking of many mentors. */
    private volatile Map<String, Set<String>> partners;

    private PairHistory(Set<Set<String>> declinedOrEnded, Set<Set<String>> blocked) {
        this.declinedOrEnded = declinedOrEnded;
        this.blocked = blocked;
    }

    public static PairHistory empty() {
        return new PairHistory(Set.of(), Set.of());
    }

    /** Builds a history at once from pairs of person ids, either way round (cheaper than one pair at a time). */
    public static PairHistory of(Set<Set<String>> declinedOrEnded, Set<Set<String>> blocked) {
        return new PairHistory(Set.copyOf(declinedOrEnded), Set.copyOf(blocked));
    }

    public PairHistory declinedOrEnded(String personId, String otherPersonId) {
        Set<Set<String>> changed = new HashSet<>(declinedOrEnded);
        changed.add(Set.of(personId, otherPersonId));
        return new PairHistory(Set.copyOf(changed), blocked);
    }

    public PairHistory blocked(String personId, String otherPersonId) {
        Set<Set<String>> changed = new HashSet<>(blocked);
        changed.add(Set.of(personId, otherPersonId));
        return new PairHistory(declinedOrEnded, Set.copyOf(changed));
    }

    /** Everyone {@code personId} declined or ended a pair with, or blocked or was blocked by. */
    public Set<String> excludedPartnersOf(String personId) {
        Map<String, Set<String>> index = partners;
        if (index == null) {
            index = new HashMap<>();
            for (Set<Set<String>> pairs : List.of(declinedOrEnded, blocked)) {
                for (Set<String> pair : pairs) {
                    for (String person : pair) {
                        for (String partner : pair) {
                            if (!partner.equals(person)) {
                                index.computeIfAbsent(person, unused -> new HashSet<>()).add(partner);
                            }
                        }
                    }
                }
            }
            partners = index; // computed at most a few times if raced, always the same
        }
        return index.getOrDefault(personId, Set.of());
    }

    public boolean wasDeclinedOrEnded(String personId, String otherPersonId) {
        return !personId.equals(otherPersonId) && declinedOrEnded.contains(Set.of(personId, otherPersonId));
    }

    public boolean isBlocked(String personId, String otherPersonId) {
        return !personId.equals(otherPersonId) && blocked.contains(Set.of(personId, otherPersonId));
    }
}
