package org.mentorat.matching.match;

/** How a match came about, shown to administrators and kept for reporting. */
public enum MatchOrigin {
    /** A mentee picked the mentor from their suggestions. */
    MENTEE_REQUEST,
    /** An administrator paired the two by hand. */
    ADMIN,
    /** A published cohort run. */
    COHORT_RUN,
    /** Matching again after the mentee's mentor left. */
    REMATCH
}
