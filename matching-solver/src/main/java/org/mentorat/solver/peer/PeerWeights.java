package org.mentorat.solver.peer;

import org.mentorat.solver.cohort.CohortMode;

/**
 * Integer edge weights whose plain maximum-weight matching is the lexicographic optimum a mode asks for.
 *
 * <p>Scores are first divided by their greatest common divisor, which changes no comparison between
 * totals but keeps the weights small when the scorer's figures are coarse. With {@code s} the reduced
 * score and {@code P = min(n / 2, edges)} an upper bound on the number of pairs:
 * <ul>
 * <li>quality first: {@code w = s * (P + 1) + 1}. A matching of total {@code S} and {@code k} pairs
 * weighs {@code (P + 1) * S + k} and, as {@code k <= P}, the higher total always wins and only then
 * the larger number of pairs;</li>
 * <li>coverage first: {@code w = s + B} with {@code B} above the highest total any matching can reach.
 * A matching weighs {@code k * B + S}, so one more pair always outweighs any difference in score.</li>
 * </ul>
 * The solver uses the quality-first weights. Coverage first is solved by {@link PeerCoverageFirst} on
 * the plain scores; its weights here are the one-matching reference that route is tested against.
 */
final class PeerWeights {

    /**
     * The largest edge weight handed to JGraphT. Its Blossom V runs on doubles and takes a dual step
     * above 1e10 as proof that no perfect matching exists, so weights (and the duals that follow
     * them) stay a decade below that; totals then stay far below 2^53, where doubles are exact.
     */
    static final long MAX_WEIGHT = 1_000_000_000L;

    private PeerWeights() {
    }

    static long[] of(PeerProblem problem, CohortMode mode) {
        int edges = problem.edgeCount();
        long divisor = 0;
        for (int e = 0; e < edges; e++) {
            divisor = gcd(divisor, problem.edgeScaledScore(e));
        }
        divisor = Math.max(divisor, 1);
        long maxPairs = Math.min(problem.participantCount() / 2, edges);
        long maxScore = 0;
        long sumScores = 0;
        for (int e = 0; e < edges; e++) {
            long score = problem.edgeScaledScore(e) / divisor;
            maxScore = Math.max(maxScore, score);
            sumScores += score;
        }
        long factor = mode == CohortMode.QUALITY_FIRST ? maxPairs + 1 : 1;
        long offset = mode == CohortMode.QUALITY_FIRST ? 1 : Math.min(sumScores, maxPairs * maxScore) + 1;
        long largest = maxScore * factor + offset;
        if (largest > MAX_WEIGHT) {
            throw new IllegalArgumentException("peer cohort too large to solve exactly: " + problem.participantCount()
                    + " participants, " + edges + " pairs at this score precision");
        }
        long[] weights = new long[edges];
        for (int e = 0; e < edges; e++) {
            weights[e] = problem.edgeScaledScore(e) / divisor * factor + offset;
        }
        return weights;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long rest = a % b;
            a = b;
            b = rest;
        }
        return a;
    }
}
