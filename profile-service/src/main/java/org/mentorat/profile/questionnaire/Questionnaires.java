package org.mentorat.profile.questionnaire;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mentorat.platform.web.ConflictException;
import org.mentorat.platform.web.FieldError;
import org.mentorat.platform.web.InvalidRequestException;
import org.springframework.stereotype.Service;

/**
 * Scores answers to the built-in questionnaire and keeps each person's latest result (one record
 * per person, replaced on every new answer). Enrolment puts the result into MentorRegistered and
 * MenteeRegistered, which is how matching uses it.
 */
@Service
public class Questionnaires {

    private final QuestionnaireResultStore results;
    private final Clock clock;
    private final Questionnaire questionnaire = Questionnaire.current();

    Questionnaires(QuestionnaireResultStore results, Clock clock) {
        this.results = results;
        this.clock = clock;
    }

    Questionnaire current() {
        return questionnaire;
    }

    /**
     * Scores and stores a person's answers, replacing any earlier result. Invalid answers fail
     * with field errors named {@code fieldPrefix + questionId}.
     */
    public QuestionnaireResult answer(String tenantId, String personId, Map<String, String> answers,
            String fieldPrefix) {
        List<FieldError> problems = questionnaire.problems(answers, fieldPrefix);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        QuestionnaireScoring.Scores scores = QuestionnaireScoring.score(questionnaire, answers);
        QuestionnaireResult result = new QuestionnaireResult(personId, questionnaire.version(),
                new LinkedHashMap<>(answers), scores.kindScores(), scores.expectationScores(), scores.preferredKinds(),
                scores.expectations(), clock.instant());
        results.put(tenantId, result);
        return result;
    }

    QuestionnaireResult answer(String tenantId, String personId, QuestionnaireAnswers answers) {
        if (answers.version() != null && answers.version() != questionnaire.version()) {
            throw new ConflictException("questionnaire-version", "These answers are for version " + answers.version()
                    + "; the current questionnaire is version " + questionnaire.version() + ".");
        }
        return answer(tenantId, personId, answers.answers(), "answers.");
    }

    public Optional<QuestionnaireResult> find(String tenantId, String personId) {
        return results.find(tenantId, personId);
    }

    /** Forgets a person's answers (erasure). */
    public void erase(String tenantId, String personId) {
        results.delete(tenantId, personId);
    }
}
