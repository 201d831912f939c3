package org.mentorat.solver.peer;

/**
 * Tries every matching of a tiny peer cohort and keeps the best (pairs, total) for both modes, in
 * integer millionths so that the comparison with the solver is exact.
 */
final class PeerBruteForce {

    long bestTotal = -1;
    int pairsAtBestTotal = -1;
    int bestPairs = -1;
    long totalAtBestPairs = -1;
    /** Bit {@code v} set when some matching with {@link #bestPairs} pairs leaves participant v out. */
    long leftOutByAMaximumMatching;

    private final PeerProblem problem;
    private final boolean[] taken;

    private PeerBruteForce(PeerProblem problem) {
        this.problem = problem;
        this.taken = new boolean[problem.participantCount()];
    }

    static PeerBruteForce of(PeerProblem problem) {
        PeerBruteForce search = new PeerBruteForce(problem);
        search.explore(0, 0, 0);
        return search;
    }

    /** Each edge in turn is left out or, when both ends are free, taken: every matching exactly once. */
    private void explore(int edge, int pairs, long total) {
        if (edge == problem.edgeCount()) {
            record(pairs, total);
            return;
        }
        explore(edge + 1, pairs, total);
        int first = problem.edgeFirst(edge);
        int second = problem.edgeSecond(edge);
        if (!taken[first] && !taken[second]) {
            taken[first] = true;
            taken[second] = true;
            explore(edge + 1, pairs + 1, total + problem.edgeScaledScore(edge));
            taken[first] = false;
            taken[second] = false;
        }
    }

    private void record(int pairs, long total) {
        if (total > bestTotal || (total == bestTotal && pairs > pairsAtBestTotal)) {
            bestTotal = total;
            pairsAtBestTotal = pairs;
        }
        if (pairs > bestPairs) {
            leftOutByAMaximumMatching = 0;
        }
        if (pairs > bestPairs || (pairs == bestPairs && total > totalAtBestPairs)) {
            bestPairs = pairs;
            totalAtBestPairs = total;
        }
        if (pairs == bestPairs) {
            for (int v = 0; v < taken.length; v++) {
                leftOutByAMaximumMatching |= taken[v] ? 0 : 1L << v;
            }
        }
    }
}
