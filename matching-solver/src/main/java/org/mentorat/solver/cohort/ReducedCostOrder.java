package org.mentorat.solver.cohort;

/**
 * Each mentee's edges in ascending order of a lower bound on their reduced cost without the
 * mentee's own potential, {@code cost - potential(mentor)}. Mentor potentials only ever fall (a
 * search lowers those it settles, never raises one), so a bound taken at any moment stays a bound:
 * a scan may stop at the first edge whose bound is already too far. Bounds drift away from the
 * truth as popular mentors grow dearer, so the search asks for a mentee's bounds to be retaken when
 * its scans read edges in vain; the order is then nearly right already, so insertion sort is cheap.
 */
final class ReducedCostOrder {

    private final CohortProblem problem;
    private final CohortCosts costs;
    private final int[] edgeAt;
    private final long[] boundAt;

    /** The problem's edges come best score first, that is cheapest first, which is the order while every potential is zero. */
    ReducedCostOrder(CohortProblem problem, CohortCosts costs) {
        this.problem = problem;
        this.costs = costs;
        edgeAt = new int[problem.edgeCount()];
        boundAt = new long[problem.edgeCount()];
        for (int at = 0; at < edgeAt.length; at++) {
            edgeAt[at] = at;
            boundAt[at] = costs.pairCost(problem.edgeScaledScore(at));
        }
    }

    int edge(int at) {
        return edgeAt[at];
    }

    long lowerBound(int at) {
        return boundAt[at];
    }

    /** Retakes the mentee's bounds from the mentors' current potentials ({@code potential[mentorOffset + mentor]}) and re-sorts. */
    void refresh(int mentee, long[] potential, int mentorOffset) {
        int from = problem.firstEdge(mentee);
        int end = problem.firstEdge(mentee + 1);
        for (int at = from; at < end; at++) {
            int e = edgeAt[at];
            boundAt[at] = costs.pairCost(problem.edgeScaledScore(e)) - potential[mentorOffset + problem.edgeMentor(e)];
        }
        for (int at = from + 1; at < end; at++) {
            long key = boundAt[at];
            int e = edgeAt[at];
            int to = at;
            while (to > from && boundAt[to - 1] > key) {
                boundAt[to] = boundAt[to - 1];
                edgeAt[to] = edgeAt[to - 1];
                to--;
            }
            boundAt[to] = key;
            edgeAt[to] = e;
        }
    }
}
