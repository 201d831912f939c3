package org.mentorat.solver.cohort;

/**
 * The integer costs that turn a cohort into a minimum-cost flow for a mode. "Unmatched" is one
 * extra mentor with a seat for every mentee, so every mentee flows somewhere. The modes only
 * change these costs, which keeps both exactly lexicographic:
 * <ul>
 * <li>quality first: a pair costs {@code (SCALE - score) * (m + 1)} and staying unmatched
 * {@code SCALE * (m + 1) + 1}. The total is {@code (m + 1) * (m * SCALE - totalScore) + unmatched}
 * and, since fewer than {@code m + 1} mentees can be unmatched, the highest total score wins and
 * only then the most matches;</li>
 * <li>coverage first: a pair costs {@code SCALE - score} and staying unmatched {@code SCALE * (m + 1)},
 * more than any difference in score over the whole cohort, so one more match always wins.</li>
 * </ul>
 * All costs fit easily in a {@code long}, even at 50,000 mentees. Public so that a reference
 * min-cost-flow solver can be handed exactly the graph this package solves.
 */
public record CohortCosts(long pairCostFactor, long unmatchedCost) {

    public static CohortCosts of(CohortProblem problem, CohortMode mode) {
        long menteesPlusOne = problem.menteeCount() + 1L;
        return mode == CohortMode.QUALITY_FIRST
                ? new CohortCosts(menteesPlusOne, CohortProblem.SCALE * menteesPlusOne + 1)
                : new CohortCosts(1, CohortProblem.SCALE * menteesPlusOne);
    }

    /** The cost of placing a mentee on a pair with this score in millionths. */
    public long pairCost(int scaledScore) {
        return (CohortProblem.SCALE - scaledScore) * pairCostFactor;
    }
}
