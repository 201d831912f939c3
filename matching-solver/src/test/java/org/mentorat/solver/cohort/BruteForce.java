package org.mentorat.solver.cohort;

/**
 * Tries every assignment of a tiny cohort and keeps the best (matched, total) pairs for both modes,
 * in the problem's integer units so that the comparison with the solver is exact.
 */
final class BruteForce {

    long bestTotal = -1;
    int matchedAtBestTotal = -1;
    int bestMatched = -1;
    long totalAtBestMatched = -1;

    private final CohortProblem problem;
    private final int[] seatsLeft;

    private BruteForce(CohortProblem problem) {
        this.problem = problem;
        seatsLeft = new int[problem.mentorCount()];
        for (int mentor = 0; mentor < seatsLeft.length; mentor++) {
            seatsLeft[mentor] = problem.capacity(mentor);
        }
    }

    static BruteForce of(CohortProblem problem) {
        BruteForce search = new BruteForce(problem);
        search.explore(0, 0, 0);
        return search;
    }

    private void explore(int mentee, int matched, long total) {
        if (mentee == problem.menteeCount()) {
            record(matched, total);
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

    private void record(int matched, long total) {
        if (total > bestTotal || (total == bestTotal && matched > matchedAtBestTotal)) {
            bestTotal = total;
            matchedAtBestTotal = matched;
        }
        if (matched > bestMatched || (matched == bestMatched && total > totalAtBestMatched)) {
            bestMatched = matched;
            totalAtBestMatched = total;
        }
    }
}
