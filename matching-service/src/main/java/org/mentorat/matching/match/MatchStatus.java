package org.mentorat.matching.match;

public enum MatchStatus {
    /** Being proposed: stored, its seat and mentee not yet both claimed, nothing announced yet. */
    PENDING,
    PROPOSED, ACCEPTED, DECLINED, EXPIRED, ENDED;

    /** A match that holds a seat and a mentee: still proposed, or accepted and running. */
    public boolean open() {
        return this == PROPOSED || this == ACCEPTED;
    }
}
