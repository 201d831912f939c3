package org.mentorat.solver.cohort;

import org.mentorat.solver.ExhaustiveOptimum;

/** Tries every assignment of a tiny cohort and keeps what is best under both modes. */
final class BruteForce {

    private final CohortProblem problem;
    private final int[] seatsLeft;
    private final ExhaustiveOptimum optimum = new ExhaustiveOptimum();

    private BruteForce(CohortProblem problem) {
        this.problem = problem;
        seatsLeft = new int[problem.mentorCount()];
        for (int mentor = 0; mentor < seatsLeft.length; mentor++) {
            seatsLeft[mentor] = problem.capacity(mentor);
        }
    }

    static ExhaustiveOptimum of(CohortProblem problem) {
        BruteForce search = new BruteForce(problem);
        search.explore(0, 0, 0);
        return search.optimum;
    }

    private void explore(int mentee, int matched, long total) {
        if (mentee == problem.menteeCount()) {
            optimum.offer(matched, total);
            return;
        }
        explore(mentee + 1, matched, total);
        for (int e = problem.firstEdge(mentee); e < problem.firstEdge(mentee + 1); e++) {
            int mentor = problem.edgeMentor(e);
            if (seatsLeft[mentor] > 0) {
                seatsLeft[mentor]--;
                explore(mentee + 1, matched + 1, total + problem.edgeScaledScore(e));
                seatsLeft[mentor]++;
            }
        }
    }
}
