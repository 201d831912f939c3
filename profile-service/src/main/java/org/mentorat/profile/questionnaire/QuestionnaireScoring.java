package org.mentorat.profile.questionnaire;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns answers into scores. Each kind and each expectation scores the points its chosen options
 * gave, divided by the most it could have got: so every score is in [0, 1] and a kind that few
 * questions speak to is not at a disadvantage. Top picks are the best-scoring items, at most two,
 * and only those within {@value #NEAR_BEST} of the best, so a distant second is not offered as a
 * preference.
 */
final class QuestionnaireScoring {

    static final double NEAR_BEST = 0.75;
    private static final int TOP_PICKS = 2;

    private QuestionnaireScoring() {
    }

    record Scores(Map<MentoringKind, Double> kindScores, Map<Expectation, Double> expectationScores,
            List<MentoringKind> preferredKinds, List<Expectation> expectations) {
    }

    /** Answers must have been checked with {@link Questionnaire#problems}. */
    static Scores score(Questionnaire questionnaire, Map<String, String> answers) {
        Map<MentoringKind, Double> kinds = scores(questionnaire, answers, MentoringKind.class,
                Questionnaire.Option::kinds);
        Map<Expectation, Double> expectations = scores(questionnaire, answers, Expectation.class,
                Questionnaire.Option::expectations);
        return new Scores(kinds, expectations, topPicks(kinds), topPicks(expectations));
    }

    private static <E extends Enum<E>> Map<E, Double> scores(Questionnaire questionnaire, Map<String, String> answers,
            Class<E> type, Function<Questionnaire.Option, Map<E, Integer>> points) {
        Map<E, Double> scores = new LinkedHashMap<>();
        for (E item : type.getEnumConstants()) {
            int got = 0;
            int best = 0;
            for (Questionnaire.Question question : questionnaire.questions()) {
                best += question.options().stream().mapToInt(option -> points.apply(option).getOrDefault(item, 0))
                        .max().orElse(0);
                got += question.option(answers.get(question.id()))
                        .map(option -> points.apply(option).getOrDefault(item, 0)).orElse(0);
            }
            scores.put(item, best == 0 ? 0.0 : Math.round(1000.0 * got / best) / 1000.0);
        }
        return scores;
    }

    /** Ties keep the declaration order of the enum, so results are stable. */
    private static <E extends Enum<E>> List<E> topPicks(Map<E, Double> scores) {
        double best = scores.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        return scores.entrySet().stream()
                .filter(entry -> entry.getValue() > 0 && entry.getValue() >= NEAR_BEST * best)
                .sorted(Map.Entry.<E, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(entry -> entry.getKey().ordinal()))
                .limit(TOP_PICKS)
                .map(Map.Entry::getKey)
                .toList();
    }
}
