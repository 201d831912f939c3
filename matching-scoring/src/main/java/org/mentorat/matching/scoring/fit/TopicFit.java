package org.mentorat.matching.scoring.fit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mentorat.matching.scoring.vocabulary.PairInput;
import org.mentorat.matching.scoring.vocabulary.ReasonCode;
import org.mentorat.matching.scoring.vocabulary.Text;

/**
 * Topics wanted vs offered, weighted by the mentor's level: each wanted topic the mentor offers or
 * has as a skill earns {@code 0.4 + 0.6 × (level − 1) / 4} (0.4 for a beginner, 1 for an expert;
 * level 3 assumed when offered without a level), and the value is the mean over wanted topics.
 * Names are canonical in the tenant's taxonomy, so synonyms are already folded upstream.
 */
public final class TopicFit {

    /** The level of a topic offered without the matching skill. */
    public static final int ASSUMED_LEVEL = 3;

    private TopicFit() {
    }

    static Measure measure(PairInput pair) {
        Set<String> wanted = Text.keys(pair.mentee().topics());
        if (wanted.isEmpty()) {
            return Measure.of(Measure.UNKNOWN);
        }
        Set<String> offered = Text.keys(pair.mentor().topics());
        Map<String, Integer> levels = new HashMap<>();
        pair.mentor().skills().forEach(skill -> levels.merge(Text.key(skill.name()), skill.level(), Math::max));
        double sum = 0;
        List<String> covered = new ArrayList<>();
        for (String topic : wanted) {
            if (offered.contains(topic) || levels.containsKey(topic)) {
                sum += credit(levels.getOrDefault(topic, ASSUMED_LEVEL));
                covered.add(topic);
            }
        }
        double value = sum / wanted.size();
        if (covered.isEmpty()) {
            return Measure.of(value);
        }
        return Measure.of(value, ReasonCode.SHARED_TOPICS, "The mentor covers " + covered.size() + " of the "
                + wanted.size() + " topics wanted: " + String.join(", ", covered) + ".");
    }

    /**
     * What one covered topic earns at the mentor's level. {@code MentorRanking} adds these in the
     * same order (the mentee's wanted topics) and divides the same way, so its sums are identical.
     */
    public static double credit(int level) {
        return 0.4 + 0.6 * (level - 1) / 4.0;
    }
}
