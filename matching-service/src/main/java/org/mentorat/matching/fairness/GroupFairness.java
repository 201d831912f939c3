package org.mentorat.matching.fairness;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One group of one attribute.
 *
 * @param size how many mentees fall in the group
 * @param matched how many of them were matched
 * @param matchRate {@code matched / size}
 * @param scores the scores of the matched mentees who have one; null when none has
 * @param impactRatio this group's match rate over the reference group's; null when nobody in the
 *        program was matched, since there is then no rate to compare with
 * @param flagged whether the impact ratio is below 0.8 (the four-fifths rule); exactly 0.8 is not
 *        flagged, and neither is a missing ratio
 * @param smallSample whether the group has fewer than {@value #SMALL_SAMPLE} mentees: the figures
 *        are still given, but one mentee more or less moves the rate so far that the four-fifths
 *        rule cannot be relied on, flagged or not
 */
public record GroupFairness(@Schema(maxLength = MAX_GROUP_NAME) String group, int size, int matched, double matchRate, ScoreDistribution scores,
        Double impactRatio, boolean flagged, boolean smallSample) {

    /** A group is a value of a profile field (a department name is at most 100 characters). */
    static final int MAX_GROUP_NAME = 200;
    /** At most one group per mentee; programs are far smaller than this. */
    static final int MAX_GROUPS = 10_000;

    /** Below this many mentees a group is a small sample. */
    public static final int SMALL_SAMPLE = 5;

    static final long FOUR_FIFTHS_NUMERATOR = 4;
    static final long FOUR_FIFTHS_DENOMINATOR = 5;
}
