package org.mentorat.profile.questionnaire;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
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
        @Schema(maxProperties = 50, description = "Question id to option id, each at most "
                + QuestionnaireAnswers.MAX_ANSWER + " characters")
        Map<String, @Size(max = QuestionnaireAnswers.MAX_ANSWER) String> answers,
        Map<MentoringKind, Double> kindScores,
        Map<Expectation, Double> expectationScores,
        @Size(max = 16) List<MentoringKind> preferredKinds,
        @Size(max = 16) List<Expectation> expectations,
        Instant answeredAt) {
}
