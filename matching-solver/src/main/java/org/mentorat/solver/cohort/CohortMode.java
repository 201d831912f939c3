package org.mentorat.solver.cohort;

/** What a program asks a cohort run to maximise first. */
public enum CohortMode {
    /** The highest total score; among equal totals, the most mentees matched. */
    QUALITY_FIRST,
    /** As many mentees matched as possible; among those assignments, the highest total score. */
    COVERAGE_FIRST
}
