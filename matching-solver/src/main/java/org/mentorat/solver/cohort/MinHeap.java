package org.mentorat.solver.cohort;

import java.util.Arrays;

/**
 * A binary heap of (distance, node) in two primitive arrays. It allows stale duplicates instead of
 * decrease-key (the search skips nodes already settled), which is simpler and as fast on sparse graphs.
 */
final class MinHeap {

    private long[] keys = new long[64];
    private int[] nodes = new int[64];
    private int size;

    void clear() {
        size = 0;
    }

    boolean isEmpty() {
        return size == 0;
    }

    int minNode() {
        return nodes[0];
    }

    void push(long key, int node) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            nodes = Arrays.copyOf(nodes, size * 2);
        }
        int at = size++;
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (keys[parent] <= key) {
                break;
            }
            set(at, keys[parent], nodes[parent]);
            at = parent;
        }
        set(at, key, node);
    }

    void removeMin() {
        long key = keys[--size];
        int node = nodes[size];
        int at = 0;
        int half = size >>> 1;
        while (at < half) {
            int child = 2 * at + 1;
            if (child + 1 < size && keys[child + 1] < keys[child]) {
                child++;
            }
            if (keys[child] >= key) {
                break;
            }
            set(at, keys[child], nodes[child]);
            at = child;
        }
        set(at, key, node);
    }

    private void set(int at, long key, int node) {
        keys[at] = key;
        nodes[at] = node;
    }
}
