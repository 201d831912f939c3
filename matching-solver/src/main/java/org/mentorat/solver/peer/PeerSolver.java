package org.mentorat.solver.peer;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.MatchingAlgorithm.Matching;
import org.jgrapht.alg.matching.blossom.v5.KolmogorovWeightedMatching;
import org.jgrapht.alg.matching.blossom.v5.ObjectiveSense;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.util.SupplierUtil;
import org.mentorat.solver.cohort.CohortMode;

/**
 * The exact peer pairing: a maximum-weight matching on a general graph, found with JGraphT's
 * Blossom V.
 *
 * <p>Quality first runs {@link KolmogorovWeightedMatching} on the integer weights of
 * {@link PeerWeights}. Coverage first goes through {@link PeerCoverageFirst}: a maximum-cardinality
 * matching, then a maximum-weight perfect matching on the plain scores of a gadget graph barely larger
 * than the cohort. The coverage weights of {@link PeerWeights} give the same optimum in one matching
 * ({@link #byWeights}), but made Blossom V slow on large sparse cohorts that must leave one or a few
 * people out (137 to 224 s at 20,000 participants and 100,000 pairs, 11 to 13 s at 10,001 and 50,000;
 * 1.4 to 2.9 s and 0.5 s on the new route) and ran out of exact precision at a few thousand pairs in
 * millionths; they stay as the reference the new route is tested against. Quality first takes 3 to
 * 5 s on the first of those cohorts.
 *
 * <p>Blossom V computes in doubles. The weights are kept small enough for every figure to be exact,
 * and the result is checked in integers: the returned pairs must form a matching whose total equals
 * the optimum JGraphT reports, and JGraphT's own dual check must pass. A failure there is a bug, not
 * a bad input, so it is thrown rather than returned as a quietly worse pairing.
 */
public final class PeerSolver {

    private PeerSolver() {
    }

    public static PeerSolution solve(PeerProblem problem, CohortMode mode) {
        if (mode == CohortMode.COVERAGE_FIRST) {
            return PeerSolution.fromChosenEdges(problem, PeerCoverageFirst.chosenEdges(problem));
        }
        return byWeights(problem, mode);
    }

    /** Either mode as one maximum-weight matching on the transformed weights of {@link PeerWeights}. */
    static PeerSolution byWeights(PeerProblem problem, CohortMode mode) {
        long[] weights = PeerWeights.of(problem, mode);
        int[] chosenEdge = new int[problem.participantCount()];
        Arrays.fill(chosenEdge, -1);
        if (problem.edgeCount() > 0) {
            match(problem, weights, chosenEdge);
        }
        return PeerSolution.fromChosenEdges(problem, chosenEdge);
    }

    private static void match(PeerProblem problem, long[] weights, int[] chosenEdge) {
        // JGraphT's reduction to a perfect matching adds a copy of every participant, drawn from the
        // vertex supplier, so the supplier starts above the real participants.
        Graph<Integer, DefaultWeightedEdge> graph = GraphTypeBuilder.<Integer, DefaultWeightedEdge>undirected()
                .weighted(true).allowingMultipleEdges(false).allowingSelfLoops(false)
                .vertexSupplier(SupplierUtil.createIntegerSupplier(problem.participantCount()))
                .edgeSupplier(SupplierUtil.createDefaultWeightedEdgeSupplier())
                .buildGraph();
        for (int participant = 0; participant < problem.participantCount(); participant++) {
            graph.addVertex(participant);
        }
        Map<DefaultWeightedEdge, Integer> edgeIndex = new HashMap<>();
        for (int e = 0; e < problem.edgeCount(); e++) {
            DefaultWeightedEdge edge = graph.addEdge(problem.edgeFirst(e), problem.edgeSecond(e));
            graph.setEdgeWeight(edge, weights[e]);
            edgeIndex.put(edge, e);
        }
        KolmogorovWeightedMatching<Integer, DefaultWeightedEdge> blossom =
                new KolmogorovWeightedMatching<>(graph, ObjectiveSense.MAXIMIZE);
        Matching<Integer, DefaultWeightedEdge> matching = blossom.getMatching();
        long total = 0;
        for (DefaultWeightedEdge edge : matching.getEdges()) {
            int e = edgeIndex.get(edge);
            int first = problem.edgeFirst(e);
            int second = problem.edgeSecond(e);
            if (chosenEdge[first] >= 0 || chosenEdge[second] >= 0) {
                throw new IllegalStateException("blossom returned a participant twice: " + first + ", " + second);
            }
            chosenEdge[first] = e;
            chosenEdge[second] = e;
            total += weights[e];
        }
        // The reported weight is half a perfect matching on the doubled graph; it equals the integer
        // total of the returned half only when both halves are optimal.
        if (2 * total != Math.round(2 * matching.getWeight()) || !blossom.testOptimality()) {
            throw new IllegalStateException("blossom result failed the exactness check: total " + total
                    + ", reported " + matching.getWeight());
        }
    }
}
