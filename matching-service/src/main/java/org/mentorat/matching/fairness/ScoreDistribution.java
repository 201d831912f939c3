package org.mentorat.matching.fairness;

import java.util.Collection;

/**
 * The match scores of a group, summarised.
 *
 * <p>Percentiles use the nearest-rank method: with the {@code count} scores sorted ascending as
 * {@code x[1] <= ... <= x[count]}, the p-th percentile ({@code 0 < p <= 100}) is {@code x[ceil(p / 100 * count)]}.
 * It is always one of the observed scores, never an interpolation; so the median of an even count is
 * the lower of the two middle scores ({@code x[count / 2]}), and with a single score every percentile
 * is that score.
 *
 * @param mean the arithmetic mean
 * @param p25 the 25th percentile, nearest rank
 * @param median the 50th percentile, nearest rank
 * @param p75 the 75th percentile, nearest rank
 */
public record ScoreDistribution(int count, double mean, double min, double p25, double median, double p75,
        double max) {

    /** Summarises the scores, or returns null when there are none. */
    static ScoreDistribution of(Collection<Double> scores) {
        if (scores.isEmpty()) {
            return null;
        }
        double[] sorted = scores.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double sum = 0;
        for (double score : sorted) {
            sum += score;
        }
        return new ScoreDistribution(sorted.length, sum / sorted.length, sorted[0],
                nearestRank(sorted, 25), nearestRank(sorted, 50), nearestRank(sorted, 75), sorted[sorted.length - 1]);
    }

    /** {@code x[ceil(p * n / 100)]}, one-based, computed in integers so that no rank is off by rounding. */
    static double nearestRank(double[] sorted, int percent) {
        int rank = (percent * sorted.length + 99) / 100;
        return sorted[Math.max(rank, 1) - 1];
    }
}
