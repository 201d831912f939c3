package org.mentorat.benchmarks.cohort;

import java.util.Arrays;
import java.util.Random;

/** Draws ranks {@code 0..size-1} with chance proportional to {@code 1 / (rank + 1)^exponent}: a few are common, most rare. */
final class Zipf {

    private final double[] cumulative;

    Zipf(int size, double exponent) {
        cumulative = new double[size];
        double sum = 0;
        for (int rank = 0; rank < size; rank++) {
            sum += 1 / Math.pow(rank + 1, exponent);
            cumulative[rank] = sum;
        }
        for (int rank = 0; rank < size; rank++) {
            cumulative[rank] /= sum;
        }
    }

    int next(Random random) {
        int at = Arrays.binarySearch(cumulative, random.nextDouble());
        return Math.min(at >= 0 ? at : -at - 1, cumulative.length - 1);
    }

    /** {@code count} distinct ranks, most popular first as drawn. */
    int[] distinct(Random random, int count) {
        int[] ranks = new int[count];
        for (int taken = 0; taken < count; ) {
            int rank = next(random);
            boolean fresh = true;
            for (int i = 0; i < taken && fresh; i++) {
                fresh = ranks[i] != rank;
            }
            if (fresh) {
                ranks[taken++] = rank;
            }
        }
        return ranks;
    }
}
