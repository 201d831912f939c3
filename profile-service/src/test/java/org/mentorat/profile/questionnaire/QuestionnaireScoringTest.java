package org.mentorat.profile.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorat.platform.web.FieldError;

class QuestionnaireScoringTest {

    private final Questionnaire questionnaire = Questionnaire.current();

    private static Map<String, String> answers(String learningFormat, String whoTeaches, String mentorHelp, String time,
            String setting, String progress) {
        return Map.of("learning-format", learningFormat, "who-teaches", whoTeaches, "mentor-help", mentorHelp,
                "time", time, "setting", setting, "progress", progress);
    }

    @Test
    void aKindScoresWhatItGotOverWhatItCouldHaveGot() {
        QuestionnaireScoring.Scores scores = QuestionnaireScoring.score(questionnaire,
                answers("planned", "junior", "network", "as-needed", "one-to-one", "new-contacts"));

        // REVERSE: 3 (junior) + 1 (one-to-one) of at most 4; FORMAL: 2 + 1 of at most 6
        assertThat(scores.kindScores()).containsEntry(MentoringKind.REVERSE, 1.0)
                .containsEntry(MentoringKind.FORMAL, 0.5)
                .containsEntry(MentoringKind.INFORMAL, 0.5)
                .containsEntry(MentoringKind.GROUP, 0.0);
        assertThat(scores.expectationScores()).containsEntry(Expectation.NETWORK, 1.0)
                .containsEntry(Expectation.ACCOUNTABILITY, 0.167);
        assertThat(scores.preferredKinds()).containsExactly(MentoringKind.REVERSE);
        assertThat(scores.expectations()).containsExactly(Expectation.NETWORK);
    }

    @Test
    void everyScoreIsBetweenZeroAndOneAndEveryItemIsScored() {
        QuestionnaireScoring.Scores scores = QuestionnaireScoring.score(questionnaire,
                answers("peer", "same-challenges", "feedback", "focused", "among-peers", "feedback"));

        assertThat(scores.kindScores()).containsOnlyKeys(MentoringKind.values());
        assertThat(scores.expectationScores()).containsOnlyKeys(Expectation.values());
        assertThat(scores.kindScores().values()).allSatisfy(score -> assertThat(score).isBetween(0.0, 1.0));
        assertThat(scores.preferredKinds()).containsExactly(MentoringKind.PEER);
        assertThat(scores.expectations()).containsExactly(Expectation.FEEDBACK);
    }

    @Test
    void aCloseSecondIsAlsoATopPickButADistantOneIsNot() {
        // INFORMAL 5/6 is within three quarters of REVERSE 4/4, FORMAL 1/6 is not;
        // GUIDANCE 2/5 is within three quarters of NETWORK 2/4
        QuestionnaireScoring.Scores scores = QuestionnaireScoring.score(questionnaire,
                answers("spontaneous", "junior", "advice", "as-needed", "one-to-one", "new-contacts"));

        assertThat(scores.preferredKinds()).containsExactly(MentoringKind.REVERSE, MentoringKind.INFORMAL);
        assertThat(scores.expectations()).containsExactly(Expectation.NETWORK, Expectation.GUIDANCE);
    }

    @Test
    void tiedItemsKeepTheirDeclarationOrder() {
        // GROUP 3/5 and PEER 3/5 tie, FORMAL 2/6 is too far behind
        QuestionnaireScoring.Scores tied = QuestionnaireScoring.score(questionnaire,
                answers("group", "same-challenges", "advice", "regular", "among-peers", "written-goals"));

        assertThat(tied.kindScores()).containsEntry(MentoringKind.GROUP, 0.6).containsEntry(MentoringKind.PEER, 0.6);
        assertThat(tied.preferredKinds()).containsExactly(MentoringKind.GROUP, MentoringKind.PEER);
    }

    @Test
    void thereAreAtMostTwoTopPicksAndNothingThatScoredZero() {
        Map<String, String> words = Map.of("fr", "Tout", "en", "All", "ar", "الكل");
        Questionnaire threeWayTie = new Questionnaire(99, List.of(new Questionnaire.Question("q", words,
                List.of(new Questionnaire.Option("all", words, Map.of(MentoringKind.FORMAL, 1,
                        MentoringKind.INFORMAL, 1, MentoringKind.GROUP, 1), Map.of())))));

        QuestionnaireScoring.Scores scores = QuestionnaireScoring.score(threeWayTie, Map.of("q", "all"));

        assertThat(scores.preferredKinds()).containsExactly(MentoringKind.FORMAL, MentoringKind.INFORMAL);
        assertThat(scores.expectations()).isEmpty();
        assertThat(scores.expectationScores()).containsEntry(Expectation.GUIDANCE, 0.0);
    }

    @Test
    void missingUnknownAndInvalidAnswersAreEachNamed() {
        Map<String, String> answers = new HashMap<>(answers("planned", "senior", "advice", "regular", "one-to-one",
                "clear-direction"));
        answers.remove("time");
        answers.put("setting", "on-the-moon");
        answers.put("shoe-size", "42");

        List<FieldError> problems = questionnaire.problems(answers, "answers.");

        assertThat(problems).extracting(FieldError::field)
                .containsExactly("answers.time", "answers.setting", "answers.shoe-size");
        assertThat(problems.get(1).message()).isEqualTo("must be one of one-to-one, small-group, among-peers");
    }

    @Test
    void everyQuestionAndOptionIsWordedInEveryLocaleAndCountsForSomething() {
        assertThat(questionnaire.questions()).hasSizeBetween(4, 8);
        for (Questionnaire.Question question : questionnaire.questions()) {
            assertThat(question.text()).as(question.id()).containsOnlyKeys(Questionnaire.LOCALES);
            assertThat(question.text().values()).allSatisfy(text -> assertThat(text).isNotBlank());
            for (Questionnaire.Option option : question.options()) {
                assertThat(option.label()).as(option.id()).containsOnlyKeys(Questionnaire.LOCALES);
                assertThat(option.kinds().size() + option.expectations().size()).as(option.id()).isPositive();
            }
        }
        for (MentoringKind kind : MentoringKind.values()) {
            assertThat(questionnaire.questions()).as("a question speaks to %s", kind)
                    .anySatisfy(q -> assertThat(q.options()).anySatisfy(o -> assertThat(o.kinds()).containsKey(kind)));
        }
        for (Expectation expectation : Expectation.values()) {
            assertThat(questionnaire.questions()).as("a question speaks to %s", expectation)
                    .anySatisfy(q -> assertThat(q.options())
                            .anySatisfy(o -> assertThat(o.expectations()).containsKey(expectation)));
        }
    }

    @Test
    void theLocalisedViewHasTheLocalesTextAndDirection() {
        LocalisedQuestionnaire arabic = LocalisedQuestionnaire.of(questionnaire, "ar");
        LocalisedQuestionnaire french = LocalisedQuestionnaire.of(questionnaire, "fr");

        assertThat(arabic.direction()).isEqualTo("rtl");
        assertThat(french.direction()).isEqualTo("ltr");
        assertThat(french.questions().get(2).options()).extracting(LocalisedQuestionnaire.Option::id)
                .containsExactly("advice", "feedback", "network", "follow-up");
        assertThat(french.questions().get(2).text()).isEqualTo("Qu'attendez-vous avant tout d'un mentor\u00a0?");
    }
}
