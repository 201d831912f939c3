package org.mentorat.solver.peer;

/** Disjoint sets of participants with path halving: blossoms while searching, components after. */
final class PeerUnionFind {

    private final int[] parent;

    PeerUnionFind(int size) {
        parent = new int[size];
        for (int i = 0; i < size; i++) {
            parent[i] = i;
        }
    }

    int find(int v) {
        while (parent[v] != v) {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        return v;
    }

    void union(int a, int b) {
        parent[find(a)] = find(b);
    }
}
