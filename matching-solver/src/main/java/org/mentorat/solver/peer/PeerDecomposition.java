package org.mentorat.solver.peer;

import static org.mentorat.solver.peer.PeerBlossomSearch.EVEN;
import static org.mentorat.solver.peer.PeerBlossomSearch.ODD;

import java.util.Arrays;

/**
 * The Gallai–Edmonds decomposition of a peer graph, read off one maximum-cardinality matching.
 *
 * <p>{@code D} holds the participants some maximum matching leaves out, {@code A} their other
 * neighbours, {@code C} everyone else. Every maximum matching pairs {@code C} among itself, pairs each
 * vertex of {@code A} into a different component of {@code D}, and leaves exactly one vertex of every
 * other component of {@code D} out; it never uses an edge inside {@code A} or between {@code A} and
 * {@code C}. That is what lets coverage first drop the weight transform ({@link PeerCoverageFirst}).
 *
 * <p>The sets are the labels of {@link PeerBlossomSearch}: even is {@code D}, odd is {@code A}. Finding
 * an augmenting path there means the matching was not maximum, which is a bug, and is thrown.
 */
final class PeerDecomposition {

    private final int[] label;
    private final int[] component;
    private final int componentCount;

    private PeerDecomposition(int[] label, int[] component, int componentCount) {
        this.label = label;
        this.component = component;
        this.componentCount = componentCount;
    }

    /** @param mate each participant's partner in a maximum matching, -1 when left out */
    static PeerDecomposition of(PeerProblem problem, int[] mate) {
        int[] label = PeerBlossomSearch.labels(problem, mate);
        PeerUnionFind components = new PeerUnionFind(problem.participantCount());
        for (int e = 0; e < problem.edgeCount(); e++) {
            if (label[problem.edgeFirst(e)] == EVEN && label[problem.edgeSecond(e)] == EVEN) {
                components.union(problem.edgeFirst(e), problem.edgeSecond(e));
            }
        }
        int[] component = new int[problem.participantCount()];
        int[] indexOfRoot = new int[problem.participantCount()];
        Arrays.fill(component, -1);
        Arrays.fill(indexOfRoot, -1);
        int count = 0;
        for (int v = 0; v < component.length; v++) {
            if (label[v] == EVEN) {
                int root = components.find(v);
                if (indexOfRoot[root] < 0) {
                    indexOfRoot[root] = count++;
                }
                component[v] = indexOfRoot[root];
            }
        }
        return new PeerDecomposition(label, component, count);
    }

    /** In {@code D}: left out by at least one maximum matching. */
    boolean canBeLeftOut(int participant) {
        return label[participant] == EVEN;
    }

    /** In {@code A}: never left out, but a neighbour of someone who can be. */
    boolean bordersLeftOut(int participant) {
        return label[participant] == ODD;
    }

    /** The connected component of {@code D} holding this participant, or -1 when not in {@code D}. */
    int component(int participant) {
        return component[participant];
    }

    int componentCount() {
        return componentCount;
    }
}
