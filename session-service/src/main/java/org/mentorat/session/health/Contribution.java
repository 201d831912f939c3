package org.mentorat.session.health;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One mentorship's share of its program's figures, as named counters of the report document.
 * An event's effect on the report is the difference between the mentorship's share after and
 * before it, so every event type is handled the same way and a status change moves one count
 * down and another up.
 */
final class Contribution {

    static final String STALLED = "STALLED";

    private Contribution() {
    }

    static Map<String, Long> of(MentorshipActivity activity) {
        Map<String, Long> figures = new HashMap<>();
        if (activity.status() != null) {
            figures.put("mentorships." + activity.status().name(), 1L);
            if (activity.isStalled()) {
                figures.put("mentorships." + STALLED, 1L);
            }
        }
        for (MonthTally month : activity.months()) {
            figures.put("months." + month.month() + ".sessions", month.sessions());
            figures.put("months." + month.month() + ".minutes", month.minutes());
        }
        Tallies tallies = activity.tallies();
        figures.put("goals.set", tallies.goalsSet());
        figures.put("goals.achieved", tallies.goalsAchieved());
        figures.put("ratings.sum", tallies.ratingSum());
        figures.put("ratings.count", tallies.ratingCount());
        figures.put("survey.promoters", tallies.promoters());
        figures.put("survey.passives", tallies.passives());
        figures.put("survey.detractors", tallies.detractors());
        if (activity.startedAt() != null && activity.firstSessionAt() != null) {
            long days = Math.max(0, Duration.between(activity.startedAt(), activity.firstSessionAt()).toDays());
            figures.put("firstSessionDays." + days, 1L);
        }
        return figures;
    }

    /** The increments that turn the program's figures with {@code before} into those with {@code after}. */
    static List<Increment> between(MentorshipActivity before, MentorshipActivity after) {
        Map<String, Long> was = of(before);
        Map<String, Long> is = of(after);
        Set<String> figures = new HashSet<>(was.keySet());
        figures.addAll(is.keySet());
        List<Increment> increments = new ArrayList<>();
        for (String figure : figures.stream().sorted().toList()) {
            long by = is.getOrDefault(figure, 0L) - was.getOrDefault(figure, 0L);
            if (by != 0) {
                increments.add(new Increment(figure, by));
            }
        }
        return increments;
    }
}
