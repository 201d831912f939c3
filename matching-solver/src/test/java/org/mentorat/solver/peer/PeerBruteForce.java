package org.mentorat.solver.peer;

import org.mentorat.solver.ExhaustiveOptimum;

/**
 * Tries every matching of a tiny peer cohort and keeps what is best under both modes, and who some
 * maximum matching leaves out.
 */
final class PeerBruteForce {

    final ExhaustiveOptimum optimum = new ExhaustiveOptimum();
    /** Bit {@code v} set when some matching with the most pairs leaves participant v out. */
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
        if (pairs > optimum.bestCount()) {
            leftOutByAMaximumMatching = 0;
        }
        optimum.offer(pairs, total);
        if (pairs == optimum.bestCount()) {
            for (int v = 0; v < taken.length; v++) {
                leftOutByAMaximumMatching |= taken[v] ? 0 : 1L << v;
            }
        }
    }
}
