package org.mentorat.matching.scoring.fit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mentorat.matching.scoring.vocabulary.PairInput;
import org.mentorat.matching.scoring.vocabulary.ReasonCode;

/**
 * Keyword overlap between the mentee's goals, in their own words, and the mentor's topics and
 * skills: each goal keyword the mentor covers counts a third, up to 1 (fewer keywords need fewer
 * hits). Deliberately simple and explainable; it only has to nudge, topics carry the weight.
 */
public final class GoalFit {

    private static final int FULL_MATCH_KEYWORDS = 3;

    private GoalFit() {
    }

    static Measure measure(PairInput pair) {
        Set<String> goals = Keywords.of(pair.mentee().goals());
        if (goals.isEmpty()) {
            return Measure.of(Measure.UNKNOWN);
        }
        Set<String> vocabulary = new LinkedHashSet<>();
        pair.mentor().topics().forEach(topic -> vocabulary.addAll(Keywords.of(topic)));
        pair.mentor().skills().forEach(skill -> vocabulary.addAll(Keywords.of(skill.name())));
        List<String> matched = new ArrayList<>();
        for (String keyword : goals) {
            if (vocabulary.contains(keyword)) {
                matched.add(keyword);
            }
        }
        double value = value(matched.size(), goals.size());
        if (matched.isEmpty()) {
            return Measure.of(value);
        }
        return Measure.of(value, ReasonCode.GOALS_MATCH,
                "The mentee's goals mention what the mentor knows: " + String.join(", ", matched) + ".");
    }

    /** The value for {@code matched} of {@code goals} keywords (goals &gt; 0); shared with {@code MentorRanking}. */
    public static double value(int matched, int goals) {
        return matched == 0 ? 0 : Math.min(1.0, (double) matched / Math.min(FULL_MATCH_KEYWORDS, goals));
    }
}
