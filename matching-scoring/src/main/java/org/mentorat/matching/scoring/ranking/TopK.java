package org.mentorat.matching.scoring.ranking;

/**
 * The best {@code k} (score, index) entries offered, in a bounded heap whose root is the worst
 * kept: a higher score is better, and at equal scores the lower index.
 */
final class TopK {

    private final double[] scores;
    private final int[] indices;
    private int size;

    TopK(int k) {
        this.scores = new double[k];
        this.indices = new int[k];
    }

    void offer(double score, int index) {
        if (size < scores.length) {
            scores[size] = score;
            indices[size] = index;
            siftUp(size++);
        } else if (size > 0 && better(score, index, scores[0], indices[0])) {
            scores[0] = score;
            indices[0] = index;
            siftDown(0);
        }
    }

    /** The indices kept, best first; empties the heap. */
    int[] drainBestFirst() {
        int[] best = new int[size];
        while (size > 0) {
            best[size - 1] = indices[0];
            size--;
            scores[0] = scores[size];
            indices[0] = indices[size];
            siftDown(0);
        }
        return best;
    }

    private static boolean better(double score, int index, double otherScore, int otherIndex) {
        return score > otherScore || (score == otherScore && index < otherIndex);
    }

    private void siftUp(int child) {
        while (child > 0) {
            int parent = (child - 1) / 2;
            if (!better(scores[parent], indices[parent], scores[child], indices[child])) {
                return;
            }
            swap(parent, child);
            child = parent;
        }
    }

    private void siftDown(int parent) {
        while (true) {
            int worst = parent;
            for (int child = 2 * parent + 1; child <= 2 * parent + 2 && child < size; child++) {
                if (better(scores[worst], indices[worst], scores[child], indices[child])) {
                    worst = child;
                }
            }
            if (worst == parent) {
                return;
            }
            swap(parent, worst);
            parent = worst;
        }
    }

    private void swap(int i, int j) {
        double score = scores[i];
        scores[i] = scores[j];
        scores[j] = score;
        int index = indices[i];
        indices[i] = indices[j];
        indices[j] = index;
    }
}
