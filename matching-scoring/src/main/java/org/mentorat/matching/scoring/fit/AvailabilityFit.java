package org.mentorat.matching.scoring.fit;

import org.mentorat.matching.scoring.vocabulary.PairInput;
import org.mentorat.matching.scoring.vocabulary.ReasonCode;

/**
 * The share of the mentee's wanted weekly time that the mentor is also free, each side's slots read
 * in their own time zone and compared in UTC ({@link WeekMinutes}). A side without slots is unknown.
 */
public final class AvailabilityFit {

    private AvailabilityFit() {
    }

    static Measure measure(PairInput pair) {
        WeekMinutes wanted = WeekMinutes.of(pair.mentee().slots(), pair.mentee().timeZone());
        WeekMinutes offered = WeekMinutes.of(pair.mentor().slots(), pair.mentor().timeZone());
        int overlap = wanted.overlap(offered);
        double value = value(wanted.total(), offered.total(), overlap);
        if (overlap == 0) { // includes a side without slots, whose value is unknown
            return Measure.of(value);
        }
        return Measure.of(value, ReasonCode.AVAILABILITY_OVERLAP,
                "Their preferred times overlap for " + duration(overlap) + " a week.");
    }

    /** The value alone, shared with {@code MentorRanking}'s allocation-free scoring. */
    public static double value(int wantedMinutes, int offeredMinutes, int overlapMinutes) {
        if (wantedMinutes == 0 || offeredMinutes == 0) {
            return Measure.UNKNOWN;
        }
        return overlapMinutes == 0 ? 0 : Math.min(1.0, (double) overlapMinutes / wantedMinutes);
    }

    private static String duration(int minutes) {
        int hours = minutes / 60;
        int rest = minutes % 60;
        if (hours == 0) {
            return rest + " min";
        }
        return rest == 0 ? hours + " h" : hours + " h " + String.format("%02d", rest);
    }
}
