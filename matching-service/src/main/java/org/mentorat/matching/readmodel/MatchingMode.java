package org.mentorat.matching.readmodel;

/**
 * Who makes a program's matches: mentees pick from suggestions (a mentee whose mentor leaves is
 * re-suggested), or administrators run cohorts (a mentee whose mentor leaves is re-matched at once
 * within the seats left).
 */
public enum MatchingMode {
    MENTEE_CHOOSES, ADMIN_COHORT;

    /** Anything but {@code MENTEE_CHOOSES} leaves the matches to administrators. */
    static MatchingMode of(String name) {
        return MENTEE_CHOOSES.name().equals(name) ? MENTEE_CHOOSES : ADMIN_COHORT;
    }
}
