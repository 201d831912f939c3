package org.mentorat.profile.questionnaire;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The questionnaire in one locale, as a client shows it; {@code direction} is {@code rtl} for
 * Arabic so that a client lays it out right to left.
 */
record LocalisedQuestionnaire(int version, @Schema(allowableValues = {"fr", "en", "ar"}) String locale,
        @Schema(allowableValues = {"ltr", "rtl"}) String direction, @Size(max = 50) List<Question> questions) {

    record Question(@Schema(maxLength = QuestionnaireAnswers.MAX_ANSWER) String id, @Schema(maxLength = 1000) String text, @Size(max = 20) List<Option> options) {
    }

    record Option(@Schema(maxLength = QuestionnaireAnswers.MAX_ANSWER) String id, @Schema(maxLength = 1000) String label) {
    }

    static LocalisedQuestionnaire of(Questionnaire questionnaire, String locale) {
        return new LocalisedQuestionnaire(questionnaire.version(), locale, "ar".equals(locale) ? "rtl" : "ltr",
                questionnaire.questions().stream()
                        .map(question -> new Question(question.id(), question.text().get(locale),
                                question.options().stream()
                                        .map(option -> new Option(option.id(), option.label().get(locale)))
                                        .toList()))
                        .toList());
    }
}
