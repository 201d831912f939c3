package org.mentorat.matching.fairness;

import java.util.List;
import java.util.Objects;

/**
 * The counts of one group, compared in integers: rates are fractions, and deciding "below four fifths"
 * through doubles would flag 3/5 against 3/4, whose ratio is exactly 0.8 but divides to 0.79999...
 */
record GroupTally(String group, int size, int matched, List<Double> scores) {

    double matchRate() {
        return (double) matched / size;
    }

    boolean ratesAbove(GroupTally other) {
        return (long) matched * other.size > (long) other.matched * size;
    }

    static GroupTally of(String group, List<FairnessSubject> members) {
        List<Double> scores = members.stream().map(FairnessSubject::matchedScore).filter(Objects::nonNull).toList();
        int matched = (int) members.stream().filter(FairnessSubject::matched).count();
        return new GroupTally(group, members.size(), matched, scores);
    }

    GroupFairness comparedWith(GroupTally reference) {
        Double impactRatio = null;
        boolean flagged = false;
        if (reference.matched > 0) {
            long numerator = (long) matched * reference.size;
            long denominator = (long) size * reference.matched;
            impactRatio = (double) numerator / denominator;
            // ratio < 4/5, exactly
            flagged = GroupFairness.FOUR_FIFTHS_DENOMINATOR * numerator
                    < GroupFairness.FOUR_FIFTHS_NUMERATOR * denominator;
        }
        return new GroupFairness(group, size, matched, matchRate(), ScoreDistribution.of(scores),
                impactRatio, flagged, size < GroupFairness.SMALL_SAMPLE);
    }
}
