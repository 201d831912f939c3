package org.mentorat.solver;

import static org.assertj.core.api.Assertions.assertThat;

import org.mentorat.solver.cohort.CohortMode;

/**
 * What an exhaustive search found best under each mode's order, from every (count, total) it saw:
 * {@code QUALITY_FIRST} the highest total and then the most matches, {@code COVERAGE_FIRST} the
 * most matches and then the highest total. Totals are in the problem's integer units, so that the
 * comparison with a solver is exact.
 */
public final class ExhaustiveOptimum {

    private long bestTotal = -1;
    private int countAtBestTotal = -1;
    private int bestCount = -1;
    private long totalAtBestCount = -1;

    /** Takes in one complete assignment the search reached, with how many it matched and its total. */
    public void offer(int count, long total) {
        if (total > bestTotal || (total == bestTotal && count > countAtBestTotal)) {
            bestTotal = total;
            countAtBestTotal = count;
        }
        if (count > bestCount || (count == bestCount && total > totalAtBestCount)) {
            bestCount = count;
            totalAtBestCount = total;
        }
    }

    /** The most matches any assignment reached. */
    public int bestCount() {
        return bestCount;
    }

    /** Asserts that a solution of {@code count} matches and {@code total} is the best under {@code mode}. */
    public void assertReachedBy(CohortMode mode, int count, long total, long seed) {
        boolean qualityFirst = mode == CohortMode.QUALITY_FIRST;
        assertThat(total).as("total, seed %d", seed).isEqualTo(qualityFirst ? bestTotal : totalAtBestCount);
        assertThat(count).as("matched, seed %d", seed).isEqualTo(qualityFirst ? countAtBestTotal : bestCount);
    }
}
