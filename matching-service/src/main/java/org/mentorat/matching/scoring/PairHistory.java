package org.mentorat.matching.scoring;

import java.util.HashSet;
import java.util.Set;

/**
 * What has happened between people before: pairs that were declined or ended, and explicit blocks.
 * Both are about two people, not a direction, so a pair matches either way round (this matters for
 * peer programs, where either person may be on the "mentor" side).
 */
public final class PairHistory {

    private final Set<Set<String>> declinedOrEnded;
    private final Set<Set<String>> blocked;

    private PairHistory(Set<Set<String>> declinedOrEnded, Set<Set<String>> blocked) {
        this.declinedOrEnded = declinedOrEnded;
        this.blocked = blocked;
    }

    public static PairHistory empty() {
        return new PairHistory(Set.of(), Set.of());
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
    Set<String> excludedPartnersOf(String personId) {
        Set<String> partners = new HashSet<>();
        addPartners(declinedOrEnded, personId, partners);
        addPartners(blocked, personId, partners);
        return partners;
    }

    private static void addPartners(Set<Set<String>> pairs, String personId, Set<String> partners) {
        for (Set<String> pair : pairs) {
            if (pair.contains(personId)) {
                pair.forEach(partners::add);
            }
        }
        partners.remove(personId);
    }

    boolean wasDeclinedOrEnded(String personId, String otherPersonId) {
        return !personId.equals(otherPersonId) && declinedOrEnded.contains(Set.of(personId, otherPersonId));
    }

    boolean isBlocked(String personId, String otherPersonId) {
        return !personId.equals(otherPersonId) && blocked.contains(Set.of(personId, otherPersonId));
    }
}
