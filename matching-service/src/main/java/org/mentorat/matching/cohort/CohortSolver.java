package org.mentorat.matching.cohort;

/**
 * The exact cohort assignment: a maximum-weight b-matching (each mentee at most one mentor, each
 * mentor at most its capacity), found as a minimum-cost flow by successive shortest augmenting paths.
 *
 * <p>Every mentee must flow somewhere, so "unmatched" is modelled as one extra mentor with unlimited
 * seats. The modes only change integer costs, which keeps both exactly lexicographic:
 * <ul>
 * <li>quality first: a pair costs {@code (SCALE - score) * (m + 1)} and staying unmatched
 * {@code SCALE * (m + 1) + 1}. The total is {@code (m + 1) * (m * SCALE - totalScore) + unmatched}
 * and, since fewer than {@code m + 1} mentees can be unmatched, the highest total score wins and
 * only then the most matches;</li>
 * <li>coverage first: a pair costs {@code SCALE - score} and staying unmatched {@code SCALE * (m + 1)},
 * more than any difference in score over the whole cohort, so one more match always wins.</li>
 * </ul>
 * All costs fit easily in a {@code long}, even at 50,000 mentees.
 */
public final class CohortSolver {

    private CohortSolver() {
    }

    public static CohortSolution solve(CohortProblem problem, CohortMode mode) {
        long menteesPlusOne = problem.menteeCount() + 1L;
        long pairCostFactor = mode == CohortMode.QUALITY_FIRST ? menteesPlusOne : 1;
        long unmatchedCost = mode == CohortMode.QUALITY_FIRST
                ? CohortProblem.SCALE * menteesPlusOne + 1
                : CohortProblem.SCALE * menteesPlusOne;
        int[] chosenEdge = new ShortestAugmentingPaths(problem, pairCostFactor, unmatchedCost).assignAll();
        return CohortSolution.fromChosenEdges(problem, chosenEdge);
    }
}
