package org.mentorat.matching.proposal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.mentorat.matching.readmodel.Mentee;
import org.mentorat.matching.readmodel.Mentor;

/**
 * The walking skeleton's score: how many of the topics a mentee wants the mentor offers (70 %)
 * and whether they share a language (30 %), with reason codes. The full explainable scoring comes
 * with the matching issue.
 */
record PairScore(double value, List<String> reasons) {

    private static final double TOPICS_WEIGHT = 0.7;
    private static final double LANGUAGE_WEIGHT = 0.3;

    static PairScore of(Mentor mentor, Mentee mentee) {
        Set<String> offered = normalised(mentor.topics());
        Set<String> wanted = normalised(mentee.topicsWanted());
        long sharedTopics = wanted.stream().filter(offered::contains).count();
        double topics = wanted.isEmpty() ? 0 : (double) sharedTopics / wanted.size();
        boolean sharedLanguage = normalised(mentor.languages()).stream()
                .anyMatch(normalised(mentee.languages())::contains);
        List<String> reasons = new ArrayList<>();
        reasons.add(sharedTopics > 0 ? "SHARED_TOPICS" : "NO_SHARED_TOPICS");
        reasons.add(sharedLanguage ? "SHARED_LANGUAGE" : "NO_SHARED_LANGUAGE");
        double score = TOPICS_WEIGHT * topics + (sharedLanguage ? LANGUAGE_WEIGHT : 0);
        return new PairScore(Math.round(score * 1000) / 1000.0, List.copyOf(reasons));
    }

    private static Set<String> normalised(List<String> values) {
        return values.stream().map(value -> value.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }
}
