package org.mentorat.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorat.matching.scoring.vocabulary.Criterion;
import org.mentorat.matching.scoring.vocabulary.DepartmentPolicy;
import org.mentorat.matching.scoring.vocabulary.ProgramRules;
import org.mentorat.matching.scoring.vocabulary.ProgramType;
import org.mentorat.matching.scoring.vocabulary.Reason;
import org.mentorat.matching.scoring.vocabulary.ReasonCode;
import org.mentorat.matching.scoring.vocabulary.ScoredPair;
import org.mentorat.matching.scoring.vocabulary.Slot;
import org.mentorat.matching.scoring.vocabulary.Weights;

class PairScorerTest {

    private static ScoredPair score(People mentor, People mentee, Weights weights) {
        return PairScorer.score(Pairs.pair(mentor.build(), mentee.build(),
                ProgramRules.lenient(ProgramType.ONE_TO_ONE, weights)));
    }

    private static Weights only(Criterion criterion) {
        return new Weights(Map.of(criterion, 3.0));
    }

    @Test
    void anExpertOfTheWantedTopicsFitsBetterThanABeginner() {
        People mentee = People.mentee().topics("Java", "Kafka");
        ScoredPair expert = score(People.mentor().topics("java", "kafka").skill("java", 5).skill("kafka", 5),
                mentee, only(Criterion.SKILLS));
        ScoredPair beginner = score(People.mentor().topics().skill("java", 1).skill("kafka", 1),
                mentee, only(Criterion.SKILLS));
        ScoredPair half = score(People.mentor().topics("kafka"), mentee, only(Criterion.SKILLS));

        assertThat(expert.score()).isEqualTo(1.0);
        assertThat(beginner.score()).isCloseTo(0.4, within(1e-12));
        assertThat(half.score()).isCloseTo(0.35, within(1e-12));
        assertThat(expert.reasons()).extracting(Reason::code).containsExactly(ReasonCode.SHARED_TOPICS);
    }

    @Test
    void goalsMatchTheMentorsTopicsByKeywordIgnoringCaseAndStopWords() {
        People mentee = People.mentee().goals("I want to learn Kubernetes and the basics of public speaking");
        ScoredPair pair = score(People.mentor().topics("kubernetes", "Public Speaking"), mentee,
                only(Criterion.GOALS));
        ScoredPair stopWordsOnly = score(People.mentor().topics("the and of"), mentee, only(Criterion.GOALS));

        assertThat(pair.score()).isEqualTo(1.0);
        assertThat(pair.reasons()).extracting(Reason::sentence)
                .containsExactly("The mentee's goals mention what the mentor knows: kubernetes, public, speaking.");
        assertThat(stopWordsOnly.score()).isZero();
    }

    @Test
    void weightsOfZeroRemoveACriterionFromScoreAndReasons() {
        People mentee = People.mentee().topics("java").languages("en")
                .zone("Europe/Paris", Slot.of("MONDAY", "10:00", "12:00"));
        People availableMentor = People.mentor().topics("java").languages("en")
                .zone("Europe/Paris", Slot.of("MONDAY", "10:00", "12:00"));
        People busyMentor = People.mentor().topics("java").languages("en")
                .zone("Europe/Paris", Slot.of("FRIDAY", "10:00", "12:00"));
        Weights noAvailability = Weights.equal().with(Criterion.AVAILABILITY, 0);

        ScoredPair available = score(availableMentor, mentee, noAvailability);
        ScoredPair busy = score(busyMentor, mentee, noAvailability);

        assertThat(available.score()).isEqualTo(busy.score());
        assertThat(available.contributionOf(Criterion.AVAILABILITY).contribution()).isZero();
        assertThat(available.contributionOf(Criterion.AVAILABILITY).value()).isEqualTo(1.0);
        assertThat(available.reasons()).extracting(Reason::code).doesNotContain(ReasonCode.AVAILABILITY_OVERLAP);
        assertThat(score(availableMentor, mentee, Weights.equal()).score())
                .isGreaterThan(score(busyMentor, mentee, Weights.equal()).score());
    }

    @Test
    void withEveryWeightZeroEveryPairScoresZero() {
        ScoredPair pair = score(People.mentor(), People.mentee(), new Weights(Map.of()));

        assertThat(pair.score()).isZero();
        assertThat(pair.reasons()).isEmpty();
    }

    @Test
    void aPerfectPairScoresOneAndSaysWhy() {
        People mentor = People.mentor().seniority(7).topics("java").skill("java", 5).languages("fr")
                .department("Engineering").style("COACHING").location("Paris", true)
                .questionnaire(List.of("FORMAL"), List.of("GUIDANCE", "FEEDBACK"))
                .zone("Europe/Paris", Slot.of("TUESDAY", "12:00", "14:00"));
        People mentee = People.mentee().seniority(5).topics("java").goals("Java").languages("fr")
                .department("Sales").style("coaching").location("paris", false)
                .questionnaire(List.of("FORMAL", "GROUP"), List.of("GUIDANCE"))
                .zone("Europe/Paris", Slot.of("TUESDAY", "12:00", "13:00"));

        ScoredPair pair = score(mentor, mentee, Weights.equal());

        assertThat(pair.score()).isCloseTo(1.0, within(1e-12));
        assertThat(pair.reasons()).extracting(Reason::code).containsExactly(
                ReasonCode.SHARED_TOPICS, ReasonCode.GOALS_MATCH, ReasonCode.SHARED_LANGUAGE,
                ReasonCode.AVAILABILITY_OVERLAP, ReasonCode.SENIORITY_FIT, ReasonCode.STYLE_FIT,
                ReasonCode.SHARED_EXPECTATIONS, ReasonCode.SAME_LOCATION, ReasonCode.DIVERSE_DEPARTMENTS);
    }

    @Test
    void departmentDiversityFollowsWhatTheProgramWants() {
        People mentor = People.mentor().department("Finance");
        ProgramRules same = new ProgramRules(ProgramType.ONE_TO_ONE, only(Criterion.DEPARTMENT_DIVERSITY), 0,
                false, DepartmentPolicy.SAME, null, null);
        ProgramRules any = ProgramRules.lenient(ProgramType.ONE_TO_ONE, only(Criterion.DEPARTMENT_DIVERSITY));

        assertThat(PairScorer.score(Pairs.pair(mentor.build(), People.mentee().department("Finance").build(), same))
                .score()).isEqualTo(1.0);
        assertThat(PairScorer.score(Pairs.pair(mentor.build(), People.mentee().department("Finance").build(), any))
                .score()).isZero();
        assertThat(PairScorer.score(Pairs.pair(mentor.build(), People.mentee().department("Legal").build(), any))
                .reasons()).extracting(Reason::code).containsExactly(ReasonCode.DIVERSE_DEPARTMENTS);
    }

    @Test
    void remoteSuitabilityCountsWhenTheyWorkInDifferentPlaces() {
        Weights location = only(Criterion.LOCATION);

        assertThat(score(People.mentor().location("Lyon", true), People.mentee().location("Paris", true), location)
                .score()).isCloseTo(0.8, within(1e-12));
        assertThat(score(People.mentor().location("Lyon", true), People.mentee().location("Paris", false), location)
                .score()).isCloseTo(0.4, within(1e-12));
        assertThat(score(People.mentor().location("Lyon", false), People.mentee().location("Paris", false), location)
                .score()).isZero();
    }

    @Test
    void styleAndQuestionnaireRewardWhatTheMenteeAskedFor() {
        Weights style = only(Criterion.STYLE);
        People mentee = People.mentee().style("DIRECTIVE").questionnaire(List.of("INFORMAL"), List.of("NETWORK"));

        double matching = score(People.mentor().style("DIRECTIVE")
                .questionnaire(List.of("INFORMAL"), List.of("NETWORK")), mentee, style).score();
        double flexible = score(People.mentor().style("FLEXIBLE")
                .questionnaire(List.of("INFORMAL"), List.of("NETWORK")), mentee, style).score();
        double opposite = score(People.mentor().style("COACHING")
                .questionnaire(List.of("FORMAL"), List.of("FEEDBACK")), mentee, style).score();

        assertThat(matching).isEqualTo(1.0);
        assertThat(flexible).isCloseTo(2.75 / 3, within(1e-12));
        assertThat(opposite).isCloseTo(0.25 / 3, within(1e-12));
    }

    @Test
    void weightsMustNotBeNegative() {
        EnumMap<Criterion, Double> negative = new EnumMap<>(Criterion.class);
        negative.put(Criterion.GOALS, -1.0);

        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> new Weights(negative));
    }
}
