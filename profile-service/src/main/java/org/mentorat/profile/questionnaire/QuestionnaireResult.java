package org.mentorat.profile.questionnaire;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A person's latest answers to the questionnaire and what they say: a score in [0, 1] per kind of
 * mentoring and per expectation, and the top picks of each, best first.
 */
public record QuestionnaireResult(
        String personId,
        int version,
        Map<String, String> answers,
        Map<MentoringKind, Double> kindScores,
        Map<Expectation, Double> expectationScores,
        List<MentoringKind> preferredKinds,
        List<Expectation> expectations,
        Instant answeredAt) {
}
