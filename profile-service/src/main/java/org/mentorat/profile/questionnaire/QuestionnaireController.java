package org.mentorat.profile.questionnaire;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.mentorat.platform.security.Caller;
import org.mentorat.platform.web.ResourceNotFoundException;
import org.mentorat.profile.people.People;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The questionnaire for anyone of the tenant to read; a person's answers and result for that
 * person and administrators only (anyone else is told it does not exist).
 */
@RestController
@Tag(name = "Questionnaire", description = "The mentoring questionnaire and each person's scored answers.")
class QuestionnaireController {

    private final Questionnaires questionnaires;
    private final People people;

    QuestionnaireController(Questionnaires questionnaires, People people) {
        this.questionnaires = questionnaires;
        this.people = people;
    }

    @GetMapping("/api/v1/questionnaire")
    @Operation(operationId = "getQuestionnaire", summary = "Read the questionnaire",
            description = "The current mentoring questionnaire in French, English or Arabic (right to left).")
    LocalisedQuestionnaire questionnaire(@RequestParam(defaultValue = "en") @Size(max = 2)
            @Pattern(regexp = "fr|en|ar", message = "must be one of fr, en, ar") String locale) {
        return LocalisedQuestionnaire.of(questionnaires.current(), locale);
    }

    /** Scores the answers and stores the result as the person's current one (replacing any earlier). */
    @PostMapping("/api/v1/people/{personId}/questionnaire")
    @Operation(operationId = "answerQuestionnaire", summary = "Answer the questionnaire",
            description = "Scores the answers (the kinds of mentoring and expectations they point to) and stores the result as the person's current one.")
    QuestionnaireResult answer(@PathVariable String personId, @Valid @RequestBody QuestionnaireAnswers answers,
            Caller caller) {
        requireVisiblePerson(caller, personId);
        return questionnaires.answer(caller.tenantId(), personId, answers);
    }

    @GetMapping("/api/v1/people/{personId}/questionnaire")
    @Operation(operationId = "getQuestionnaireResult", summary = "Read a person's questionnaire result",
            description = "The person's current scored answers; 404 until they answered.")
    QuestionnaireResult result(@PathVariable String personId, Caller caller) {
        requireVisiblePerson(caller, personId);
        return questionnaires.find(caller.tenantId(), personId)
                .orElseThrow(() -> new ResourceNotFoundException("questionnaire result of person", personId));
    }

    private void requireVisiblePerson(Caller caller, String personId) {
        if (!caller.mayActFor(personId)) {
            throw new ResourceNotFoundException("person", personId);
        }
        people.get(caller.tenantId(), personId);
    }
}
