package org.mentorat.solver.cohort;

/** One mentee placed with one mentor, with the pair's score. */
public record Assignment(int mentee, int mentor, double score) {
}
