package org.mentorat.matching.scoring;

/**
 * The share of the mentee's wanted weekly time that the mentor is also free, each side's slots read
 * in their own time zone and compared in UTC ({@link WeekMinutes}). A side without slots is unknown.
 */
final class AvailabilityFit implements CriterionMeasure {

    @Override
    public Criterion criterion() {
        return Criterion.AVAILABILITY;
    }

    @Override
    public Measure measure(PairInput pair) {
        WeekMinutes wanted = WeekMinutes.of(pair.mentee().slots(), pair.mentee().timeZone());
        WeekMinutes offered = WeekMinutes.of(pair.mentor().slots(), pair.mentor().timeZone());
        if (wanted.total() == 0 || offered.total() == 0) {
            return Measure.of(Measure.UNKNOWN);
        }
        int overlap = wanted.overlap(offered);
        double value = Math.min(1.0, (double) overlap / wanted.total());
        if (overlap == 0) {
            return Measure.of(0);
        }
        return Measure.of(value, ReasonCode.AVAILABILITY_OVERLAP,
                "Their preferred times overlap for " + duration(overlap) + " a week.");
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
