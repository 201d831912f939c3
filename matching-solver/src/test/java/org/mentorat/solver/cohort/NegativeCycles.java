package org.mentorat.solver.cohort;

import java.util.Arrays;

/**
 * An optimality certificate independent of the solver: a flow is of minimum cost exactly when its
 * residual graph has no cycle of negative cost (a cheaper way to move some mentees around).
 * Bellman–Ford from every node at once finds one if it exists.
 */
final class NegativeCycles {

    private NegativeCycles() {
    }

    /** Whether some re-assignment along a cycle would lower the mode's cost (so the solution is not optimal). */
    static boolean exist(CohortProblem problem, CohortSolution solution, CohortMode mode) {
        CohortCosts costs = CohortCosts.of(problem, mode);
        int mentees = problem.menteeCount();
        int unmatched = mentees + problem.mentorCount();
        int sink = unmatched + 1;
        int[] mentorOf = new int[mentees];
        Arrays.fill(mentorOf, unmatched);
        int[] load = new int[sink];
        for (Assignment assignment : solution.assignments()) {
            mentorOf[assignment.mentee()] = mentees + assignment.mentor();
            load[mentees + assignment.mentor()]++;
        }
        load[unmatched] = mentees - solution.matched();
        long[] distance = new long[sink + 1];
        for (int round = 0; round <= sink + 1; round++) {
            boolean changed = false;
            for (int mentee = 0; mentee < mentees; mentee++) {
                for (int e = problem.firstEdge(mentee); e < problem.firstEdge(mentee + 1); e++) {
                    int mentor = mentees + problem.edgeMentor(e);
                    long cost = costs.pairCost(problem.edgeScaledScore(e));
                    changed |= mentorOf[mentee] == mentor
                            ? relax(distance, mentor, mentee, -cost)
                            : relax(distance, mentee, mentor, cost);
                }
                changed |= mentorOf[mentee] == unmatched
                        ? relax(distance, unmatched, mentee, -costs.unmatchedCost())
                        : relax(distance, mentee, unmatched, costs.unmatchedCost());
            }
            for (int mentor = 0; mentor < problem.mentorCount(); mentor++) {
                int node = mentees + mentor;
                if (load[node] < problem.capacity(mentor)) {
                    changed |= relax(distance, node, sink, 0);
                }
                if (load[node] > 0) {
                    changed |= relax(distance, sink, node, 0);
                }
            }
            changed |= relax(distance, unmatched, sink, 0);
            if (load[unmatched] > 0) {
                changed |= relax(distance, sink, unmatched, 0);
            }
            if (!changed) {
                return false;
            }
        }
        return true;
    }

    private static boolean relax(long[] distance, int from, int to, long cost) {
        if (distance[from] + cost < distance[to]) {
            distance[to] = distance[from] + cost;
            return true;
        }
        return false;
    }
}
