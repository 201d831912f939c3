package org.mentorat.session.health;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * A program's health as its administrators read it, derived from the program's counters only.
 * Hours have one decimal, the average rating two, the goal completion rate is a ratio with three,
 * the NPS a whole number from -100 to 100, the median days one (a median of an even count may
 * fall half-way). A figure nothing supports yet (no rating, no survey, no first session) is null.
 */
public record ProgramReport(
        String programId,
        @Schema(maxLength = 200) String name,
        Mentorships mentorships,
        long sessionsHeld,
        BigDecimal mentoringHours,
        @Size(max = 1200) List<Month> months,
        Goals goals,
        BigDecimal averageRating,
        long ratings,
        Nps nps,
        BigDecimal medianDaysToFirstSession,
        long mentorshipsWithASession) {

    /** {@code active} includes the stalled ones; {@code ended} are those that stopped early. */
    public record Mentorships(long active, long paused, long stalled, long completed, long ended) {
    }

    public record Month(@Schema(pattern = "^[0-9]{4}-[0-9]{2}$", maxLength = 7, example = "2025-03") String month,
            long sessionsHeld, BigDecimal mentoringHours) {
    }

    public record Goals(long set, long achieved, BigDecimal completionRate) {
    }

    /** Net Promoter Score: % promoters (9–10) minus % detractors (0–6) among the closing surveys. */
    public record Nps(Long score, long responses, long promoters, long passives, long detractors) {
    }

    static ProgramReport of(ProgramTotals totals) {
        List<Month> months = new ArrayList<>();
        long sessions = 0;
        long minutes = 0;
        for (Map.Entry<String, long[]> month : totals.months().entrySet()) {
            long[] tally = month.getValue();
            if (tally[0] != 0) {
                months.add(new Month(month.getKey(), tally[0], hours(tally[1])));
            }
            sessions += tally[0];
            minutes += tally[1];
        }
        long ratings = totals.ratings().getOrDefault("count", 0L);
        long goalsSet = totals.goals().getOrDefault("set", 0L);
        long goalsAchieved = totals.goals().getOrDefault("achieved", 0L);
        return new ProgramReport(totals.programId(), totals.name(),
                new Mentorships(totals.mentorships(ActivityStatus.ACTIVE.name()),
                        totals.mentorships(ActivityStatus.PAUSED.name()), totals.mentorships(Contribution.STALLED),
                        totals.mentorships(ActivityStatus.COMPLETED.name()),
                        totals.mentorships(ActivityStatus.ENDED_EARLY.name())),
                sessions, hours(minutes), months,
                new Goals(goalsSet, goalsAchieved, ratio(goalsAchieved, goalsSet, 3)),
                ratio(totals.ratings().getOrDefault("sum", 0L), ratings, 2), ratings, nps(totals.survey()),
                median(totals.firstSessionDays()), count(totals.firstSessionDays()));
    }

    private static Nps nps(Map<String, Long> survey) {
        long promoters = survey.getOrDefault("promoters", 0L);
        long passives = survey.getOrDefault("passives", 0L);
        long detractors = survey.getOrDefault("detractors", 0L);
        long responses = promoters + passives + detractors;
        BigDecimal score = ratio(100 * (promoters - detractors), responses, 0);
        return new Nps(score == null ? null : score.longValueExact(), responses, promoters, passives, detractors);
    }

    /** The median of a histogram (value → how often), without listing its values. */
    static BigDecimal median(SortedMap<Integer, Long> histogram) {
        long count = count(histogram);
        if (count == 0) {
            return null;
        }
        long lower = valueAt(histogram, (count - 1) / 2);
        long upper = valueAt(histogram, count / 2);
        return BigDecimal.valueOf(lower + upper).divide(BigDecimal.TWO, 1, RoundingMode.HALF_UP);
    }

    private static long valueAt(SortedMap<Integer, Long> histogram, long position) {
        long seen = 0;
        for (Map.Entry<Integer, Long> bucket : histogram.entrySet()) {
            seen += bucket.getValue();
            if (position < seen) {
                return bucket.getKey();
            }
        }
        throw new IllegalArgumentException("position " + position + " beyond " + seen + " values");
    }

    private static long count(SortedMap<Integer, Long> histogram) {
        return histogram.values().stream().mapToLong(Long::longValue).sum();
    }

    private static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal ratio(long numerator, long denominator, int decimals) {
        return denominator == 0 ? null
                : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), decimals, RoundingMode.HALF_UP);
    }
}
