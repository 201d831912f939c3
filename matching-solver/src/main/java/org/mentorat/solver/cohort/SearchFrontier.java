package org.mentorat.solver.cohort;

/**
 * The bookkeeping of one Dijkstra search over nodes {@code 0..n-1}, reused search after search:
 * stamps of the current search mark what is reached and settled, so starting a search costs nothing
 * however many nodes the last one touched. It knows distances, not the graph: the caller relaxes.
 */
final class SearchFrontier {

    private final long[] distance;
    private final int[] reachedIn;
    private final int[] settledIn;
    private final int[] settled;
    private final MinHeap heap = new MinHeap();
    private int search;
    private int settledCount;

    SearchFrontier(int nodes) {
        distance = new long[nodes];
        reachedIn = new int[nodes];
        settledIn = new int[nodes];
        settled = new int[nodes];
    }

    /** Forgets the last search and starts from {@code source} at distance 0. */
    void start(int source) {
        search++;
        settledCount = 0;
        heap.clear();
        reach(source, 0);
    }

    /** Whether {@code d} is the shortest way to {@code node} found yet and the node is not settled. */
    boolean improves(int node, long d) {
        return settledIn[node] != search && (reachedIn[node] != search || d < distance[node]);
    }

    void reach(int node, long d) {
        reachedIn[node] = search;
        distance[node] = d;
        heap.push(d, node);
    }

    /**
     * Settles and returns the nearest node not settled yet. Stale heap entries (a node reached again
     * by a shorter way) are skipped; the first entry of a node to come out carries its distance.
     */
    int settleNearest() {
        while (settledIn[heap.minNode()] == search) {
            heap.removeMin();
        }
        int node = heap.minNode();
        heap.removeMin();
        settledIn[node] = search;
        settled[settledCount++] = node;
        return node;
    }

    long distance(int node) {
        return distance[node];
    }

    /**
     * Johnson's update once the search found its target: every settled node's potential grows by its
     * distance less the target's, which keeps every residual cost non-negative for the next search.
     */
    void updatePotentials(long[] potential, long targetDistance) {
        for (int i = 0; i < settledCount; i++) {
            potential[settled[i]] += distance[settled[i]] - targetDistance;
        }
    }
}
