package org.mentorat.solver.peer;

import java.util.ArrayDeque;

/**
 * Edmonds' search for augmenting paths grown from every exposed participant at once, shrinking
 * blossoms, and keeping only the labels: no path is ever rebuilt, since on a maximum matching there
 * is none to find. A vertex inside a blossom takes the label of the blossom's base, which is even.
 */
final class PeerBlossomSearch {

    static final int UNLABELED = 0;
    static final int EVEN = 1;
    static final int ODD = 2;

    private final int[] mate;
    private final int[][] neighbours;
    private final int[] label;
    private final int[] parent;
    private final PeerUnionFind blossom;
    private final int[] baseOfRoot;
    private final int[] markFromFirst;
    private final int[] markFromSecond;
    private final ArrayDeque<Integer> queue = new ArrayDeque<>();
    private int stamp;

    private PeerBlossomSearch(PeerProblem problem, int[] mate) {
        int n = problem.participantCount();
        this.mate = mate;
        this.neighbours = neighbours(problem);
        this.label = new int[n];
        this.parent = new int[n];
        this.blossom = new PeerUnionFind(n);
        this.baseOfRoot = new int[n];
        this.markFromFirst = new int[n];
        this.markFromSecond = new int[n];
        for (int v = 0; v < n; v++) {
            baseOfRoot[v] = v;
        }
    }

    /** Each participant's label: {@link #EVEN} for D, {@link #ODD} for A, {@link #UNLABELED} for C. */
    static int[] labels(PeerProblem problem, int[] mate) {
        return new PeerBlossomSearch(problem, mate).run();
    }

    private int[] run() {
        for (int v = 0; v < label.length; v++) {
            if (mate[v] < 0) {
                label[v] = EVEN;
                queue.add(v);
            }
        }
        while (!queue.isEmpty()) {
            int v = queue.poll();
            for (int w : neighbours[v]) {
                scan(v, w);
            }
        }
        int[] result = new int[label.length];
        for (int v = 0; v < label.length; v++) {
            result[v] = label[v] == UNLABELED ? UNLABELED : label[base(v)];
        }
        return result;
    }

    private void scan(int v, int w) {
        int bv = base(v);
        int bw = base(w);
        if (bv == bw || label[bw] == ODD) {
            return;
        }
        if (label[w] == UNLABELED) {
            label[w] = ODD;
            parent[w] = v;
            label[mate[w]] = EVEN;
            queue.add(mate[w]);
            return;
        }
        int common = commonBase(bv, bw);
        shrink(common, v);
        shrink(common, w);
    }

    /** Walks both tree paths up in turn until one meets the other; two distinct roots would augment. */
    private int commonBase(int first, int second) {
        stamp++;
        markFromFirst[first] = stamp;
        markFromSecond[second] = stamp;
        while (markFromFirst[second] != stamp && markFromSecond[first] != stamp
                && (mate[first] >= 0 || mate[second] >= 0)) {
            if (mate[first] >= 0) {
                first = base(parent[mate[first]]);
                markFromFirst[first] = stamp;
            }
            if (mate[second] >= 0) {
                second = base(parent[mate[second]]);
                markFromSecond[second] = stamp;
            }
        }
        if (markFromFirst[second] == stamp) {
            return second;
        }
        if (markFromSecond[first] == stamp) {
            return first;
        }
        throw new IllegalStateException("the cardinality matching is not maximum: augmenting path through "
                + first + " and " + second);
    }

    /** Folds the tree path from v's blossom up to the common base into one even blossom. */
    private void shrink(int common, int v) {
        int x = base(v);
        while (x != common) {
            int odd = mate[x];
            merge(x, common);
            merge(odd, common);
            queue.add(odd);
            x = base(parent[odd]);
        }
    }

    private void merge(int vertex, int common) {
        blossom.union(vertex, common);
        baseOfRoot[blossom.find(common)] = common;
    }

    private int base(int v) {
        return baseOfRoot[blossom.find(v)];
    }

    private static int[][] neighbours(PeerProblem problem) {
        int[][] result = new int[problem.participantCount()][];
        int[] filled = new int[result.length];
        for (int v = 0; v < result.length; v++) {
            result[v] = new int[problem.degree(v)];
        }
        for (int e = 0; e < problem.edgeCount(); e++) {
            int first = problem.edgeFirst(e);
            int second = problem.edgeSecond(e);
            result[first][filled[first]++] = second;
            result[second][filled[second]++] = first;
        }
        return result;
    }
}
