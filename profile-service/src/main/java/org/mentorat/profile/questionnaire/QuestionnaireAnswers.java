package org.mentorat.profile.questionnaire;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * @param version the questionnaire version answered; the current one when not given
 * @param answers question id → chosen option id, for every question
 */
record QuestionnaireAnswers(Integer version, @NotNull @Size(max = 50)
        @Schema(description = "Question id to option id, each at most " + MAX_ANSWER + " characters")
        Map<@Size(max = MAX_ANSWER) String, @Size(max = MAX_ANSWER) String> answers) {

    /** Question and option ids are short words. */
    static final int MAX_ANSWER = 64;

}
