package org.mentorat.solver.peer;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.MatchingAlgorithm.Matching;
import org.jgrapht.alg.matching.SparseEdmondsMaximumCardinalityMatching;
import org.jgrapht.alg.matching.blossom.v5.KolmogorovWeightedPerfectMatching;
import org.jgrapht.alg.matching.blossom.v5.ObjectiveSense;
import org.jgrapht.graph.AsWeightedGraph;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * Coverage first without a weight transform: the best-scoring among the maximum-cardinality
 * matchings, as a maximum-weight <em>perfect</em> matching on the plain scores of a gadget graph.
 *
 * <p>Once a maximum matching fixes how many must be left out, the {@link PeerDecomposition} says who
 * can be and how. Each component {@code K} of {@code D} gets a slot vertex joined to all of {@code K}
 * (weight 0), and each vertex {@code a} of {@code A} a copy joined to the slots of the components
 * {@code a} touches (weight 0). There are {@code |A| + deficiency} slots; the copies take {@code |A|}
 * of them, so exactly {@code deficiency} slots take a participant, who is the one left out. Perfect
 * matchings of that graph are the maximum matchings of the cohort, score for score. Edges inside
 * {@code A} or between {@code A} and the rest are in no maximum matching and are left out.
 *
 * <p>The gadget adds {@code |D|} edges plus at most one per edge between {@code A} and {@code D}. The
 * transform it replaces (pair weight {@code score + B}, {@code B} above any total) made Blossom V prove
 * the deficiency across the whole graph with huge duals, which took minutes at 20,000 participants.
 */
final class PeerCoverageFirst {

    private PeerCoverageFirst() {
    }

    /** Each participant's chosen edge, -1 when unpaired. */
    static int[] chosenEdges(PeerProblem problem) {
        int[] chosenEdge = new int[problem.participantCount()];
        Arrays.fill(chosenEdge, -1);
        if (problem.edgeCount() == 0) {
            return chosenEdge;
        }
        int[] mate = maximumCardinalityMates(problem);
        int mostMatched = 0;
        for (int partner : mate) {
            mostMatched += partner >= 0 ? 1 : 0;
        }
        Graph<Integer, Integer> gadget = gadgetGraph(problem, PeerDecomposition.of(problem, mate));
        int edges = problem.edgeCount();
        Graph<Integer, Integer> weighted = new AsWeightedGraph<>(gadget,
                edge -> edge < edges ? (double) problem.edgeScaledScore(edge) : 0.0, false, false);
        KolmogorovWeightedPerfectMatching<Integer, Integer> blossom =
                new KolmogorovWeightedPerfectMatching<>(weighted, ObjectiveSense.MAXIMIZE);
        Matching<Integer, Integer> matching = blossom.getMatching();
        long total = 0;
        int matched = 0;
        for (int e : matching.getEdges()) {
            if (e < edges) {
                chosenEdge[problem.edgeFirst(e)] = e;
                chosenEdge[problem.edgeSecond(e)] = e;
                total += problem.edgeScaledScore(e);
                matched += 2;
            }
        }
        // Gadget edges weigh 0, so the reported optimum is the integer total of the real pairs.
        if (matched != mostMatched || total != Math.round(matching.getWeight()) || !blossom.testOptimality()) {
            throw new IllegalStateException("coverage-first matching failed the exactness check: " + matched
                    + " matched of " + mostMatched + ", total " + total + ", reported " + matching.getWeight());
        }
        return chosenEdge;
    }

    private static int[] maximumCardinalityMates(PeerProblem problem) {
        Graph<Integer, Integer> graph = emptyGraph();
        for (int v = 0; v < problem.participantCount(); v++) {
            graph.addVertex(v);
        }
        for (int e = 0; e < problem.edgeCount(); e++) {
            graph.addEdge(problem.edgeFirst(e), problem.edgeSecond(e), e);
        }
        int[] mate = new int[problem.participantCount()];
        Arrays.fill(mate, -1);
        for (int e : new SparseEdmondsMaximumCardinalityMatching<>(graph).getMatching().getEdges()) {
            mate[problem.edgeFirst(e)] = problem.edgeSecond(e);
            mate[problem.edgeSecond(e)] = problem.edgeFirst(e);
        }
        return mate;
    }

    /** Participants keep their numbers; slots and copies follow them; edges are numbered after the cohort's. */
    private static Graph<Integer, Integer> gadgetGraph(PeerProblem problem, PeerDecomposition parts) {
        int n = problem.participantCount();
        Graph<Integer, Integer> graph = emptyGraph();
        int[] slot = new int[parts.componentCount()];
        int[] copy = new int[n];
        Arrays.fill(slot, -1);
        Arrays.fill(copy, -1);
        int nextVertex = n;
        int nextEdge = problem.edgeCount();
        for (int v = 0; v < n; v++) {
            if (problem.degree(v) == 0) {
                continue; // always left out, and a vertex no perfect matching can cover
            }
            graph.addVertex(v);
            if (parts.canBeLeftOut(v)) {
                int k = parts.component(v);
                if (slot[k] < 0) {
                    slot[k] = nextVertex++;
                    graph.addVertex(slot[k]);
                }
                graph.addEdge(v, slot[k], nextEdge++);
            }
        }
        Set<Long> copyToSlot = new HashSet<>();
        for (int e = 0; e < problem.edgeCount(); e++) {
            int a = problem.edgeFirst(e);
            int b = problem.edgeSecond(e);
            if (parts.bordersLeftOut(b) && parts.canBeLeftOut(a)) {
                int swap = a;
                a = b;
                b = swap;
            }
            boolean inA = parts.bordersLeftOut(a);
            if (inA && parts.canBeLeftOut(b)) {
                if (copy[a] < 0) {
                    copy[a] = nextVertex++;
                    graph.addVertex(copy[a]);
                }
                if (copyToSlot.add((long) a * parts.componentCount() + parts.component(b))) {
                    graph.addEdge(copy[a], slot[parts.component(b)], nextEdge++);
                }
                graph.addEdge(a, b, e);
            } else if (!inA && !parts.bordersLeftOut(b)) {
                graph.addEdge(a, b, e); // inside C or inside one component of D
            }
        }
        return graph;
    }

    private static Graph<Integer, Integer> emptyGraph() {
        return GraphTypeBuilder.<Integer, Integer>undirected()
                .weighted(false).allowingMultipleEdges(false).allowingSelfLoops(false)
                .buildGraph();
    }
}
