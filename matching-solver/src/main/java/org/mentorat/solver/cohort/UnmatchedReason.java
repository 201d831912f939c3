package org.mentorat.solver.cohort;

/** Why a mentee came out of a cohort run without a mentor. */
public enum UnmatchedReason {
    /** The hard rules left the mentee no mentor at all. */
    NO_ALLOWED_MENTOR,
    /** Every allowed mentor's seats went to other mentees (or, quality first, matching would lower the total). */
    CAPACITY_TAKEN
}
