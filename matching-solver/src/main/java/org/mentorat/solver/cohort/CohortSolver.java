package org.mentorat.solver.cohort;

/**
 * The exact cohort assignment: a maximum-weight b-matching (each mentee at most one mentor, each
 * mentor at most its capacity), found as a minimum-cost flow by successive shortest augmenting
 * paths. {@link CohortCosts} says how each mode becomes integer costs.
 */
public final class CohortSolver {

    private CohortSolver() {
    }

    public static CohortSolution solve(CohortProblem problem, CohortMode mode) {
        int[] chosenEdge = new ShortestAugmentingPaths(problem, CohortCosts.of(problem, mode)).assignAll();
        return CohortSolution.fromChosenEdges(problem, chosenEdge);
    }
}
