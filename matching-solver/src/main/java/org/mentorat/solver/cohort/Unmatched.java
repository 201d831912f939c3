package org.mentorat.solver.cohort;

/** A mentee left without a mentor, and why. */
public record Unmatched(int mentee, UnmatchedReason reason) {
}
