package org.mentorat.matching.scoring.vocabulary;

import java.util.Objects;

/**
 * What a program asks of its pairs: how to weigh the criteria and which hard rules exclude a pair.
 *
 * @param reportingLineLevels exclude a pair where one is up to this many levels above the other in
 *     the manager chain; 0 turns the rule off
 * @param minSeniorityGap mentor's level minus mentee's (the reverse in {@code REVERSE}), at least
 *     this; null for no minimum
 * @param maxSeniorityGap the same gap, at most this; null for no maximum
 */
public record ProgramRules(
        ProgramType type,
        Weights weights,
        int reportingLineLevels,
        boolean requireSharedLanguage,
        DepartmentPolicy department,
        Integer minSeniorityGap,
        Integer maxSeniorityGap) {

    public ProgramRules {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(department, "department");
        if (reportingLineLevels < 0) {
            throw new IllegalArgumentException("reporting line levels must not be negative: " + reportingLineLevels);
        }
        if (minSeniorityGap != null && maxSeniorityGap != null && minSeniorityGap > maxSeniorityGap) {
            throw new IllegalArgumentException(
                    "seniority gap minimum " + minSeniorityGap + " is above maximum " + maxSeniorityGap);
        }
    }

    /** A program with no hard rule beyond the ones that always hold (self, history, blocks, capacity). */
    public static ProgramRules lenient(ProgramType type, Weights weights) {
        return new ProgramRules(type, weights, 0, false, DepartmentPolicy.ANY, null, null);
    }
}
