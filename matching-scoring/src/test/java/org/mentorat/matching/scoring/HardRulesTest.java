package org.mentorat.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorat.matching.scoring.rule.HardRules;
import org.mentorat.matching.scoring.vocabulary.DepartmentPolicy;
import org.mentorat.matching.scoring.vocabulary.ExcludedPair;
import org.mentorat.matching.scoring.vocabulary.Exclusion;
import org.mentorat.matching.scoring.vocabulary.PairAssessment;
import org.mentorat.matching.scoring.vocabulary.PairHistory;
import org.mentorat.matching.scoring.vocabulary.PairInput;
import org.mentorat.matching.scoring.vocabulary.ProgramRules;
import org.mentorat.matching.scoring.vocabulary.ProgramType;
import org.mentorat.matching.scoring.vocabulary.ReportingLines;
import org.mentorat.matching.scoring.vocabulary.RuleCode;
import org.mentorat.matching.scoring.vocabulary.ScoredPair;
import org.mentorat.matching.scoring.vocabulary.Weights;

/** Each hard rule excludes the pair that breaks it, with its own code, and nothing else. */
class HardRulesTest {

    private static final ProgramRules STRICT = new ProgramRules(
            ProgramType.ONE_TO_ONE, Weights.equal(), 2, true, DepartmentPolicy.DIFFERENT, 1, 5);

    private final People mentor = People.mentor().department("Engineering").languages("fr", "en");
    private final People mentee = People.mentee().department("Sales").languages("en");

    private static List<RuleCode> codes(PairInput pair) {
        return HardRules.check(pair).stream().map(Exclusion::code).toList();
    }

    private static PairInput strict(People mentor, People mentee) {
        return Pairs.pair(mentor.build(), mentee.build(), STRICT);
    }

    @Test
    void aPairThatBreaksNoRuleIsNotExcluded() {
        assertThat(HardRules.check(strict(mentor, mentee))).isEmpty();
        assertThat(PairScorer.assess(strict(mentor, mentee))).isInstanceOf(ScoredPair.class);
    }

    @Test
    void nobodyIsMatchedWithThemselves() {
        PairInput pair = strict(mentor, People.person("mentor").department("Sales").seniority(4).languages("en"));

        assertThat(codes(pair)).contains(RuleCode.SELF);
    }

    @Test
    void theSamePersonUnderAnotherIdIsCaughtByEmployeeNumber() {
        PairInput pair = strict(mentor.employee("E-1", null), mentee.employee("E-1", null));

        assertThat(codes(pair)).containsExactly(RuleCode.SELF);
    }

    @Test
    void withoutACommonLanguageThePairIsExcludedWhenTheProgramRequiresOne() {
        People german = People.mentee().department("Sales").languages("de");

        assertThat(codes(strict(mentor, german))).containsExactly(RuleCode.NO_SHARED_LANGUAGE);
        assertThat(codes(Pairs.pair(mentor, german))).isEmpty();
    }

    @Test
    void languagesAreComparedIgnoringCase() {
        assertThat(codes(strict(mentor, People.mentee().department("Sales").languages(" EN ")))).isEmpty();
    }

    @Test
    void aDifferentDepartmentProgramExcludesColleaguesFromTheSameOne() {
        ExcludedPair excluded = (ExcludedPair) PairScorer.assess(strict(mentor, mentee.department("engineering")));

        assertThat(excluded.exclusions()).extracting(Exclusion::code).containsExactly(RuleCode.DEPARTMENT_RULE);
        assertThat(excluded.exclusions().get(0).reason()).contains("different departments");
    }

    @Test
    void aSameDepartmentProgramExcludesOtherDepartmentsAndUnknownOnes() {
        ProgramRules same = new ProgramRules(ProgramType.ONE_TO_ONE, Weights.equal(), 0, false,
                DepartmentPolicy.SAME, null, null);

        assertThat(codes(Pairs.pair(mentor.build(), mentee.build(), same))).containsExactly(RuleCode.DEPARTMENT_RULE);
        assertThat(codes(Pairs.pair(mentor.build(), mentee.department(null).build(), same)))
                .containsExactly(RuleCode.DEPARTMENT_RULE);
        assertThat(codes(Pairs.pair(mentor.build(), mentee.department("Engineering").build(), same))).isEmpty();
    }

    @Test
    void aSeniorityGapOutsideTheProgramBoundsIsExcluded() {
        assertThat(codes(strict(mentor.seniority(10), mentee.seniority(4)))).containsExactly(RuleCode.SENIORITY_GAP);
        assertThat(codes(strict(mentor.seniority(4), mentee.seniority(4)))).containsExactly(RuleCode.SENIORITY_GAP);
        assertThat(codes(strict(mentor.seniority(5), mentee.seniority(4)))).isEmpty();
        assertThat(codes(strict(mentor.seniority(9), mentee.seniority(4)))).isEmpty();
        assertThat(codes(strict(mentor.seniority(null), mentee.seniority(4)))).containsExactly(RuleCode.SENIORITY_GAP);
    }

    @Test
    void inAReverseProgramTheGapIsMeasuredTheOtherWay() {
        ProgramRules reverse = new ProgramRules(ProgramType.REVERSE, Weights.equal(), 0, false,
                DepartmentPolicy.ANY, 2, 6);

        assertThat(codes(Pairs.pair(People.mentor().seniority(2).build(), People.mentee().seniority(7).build(),
                reverse))).isEmpty();
        assertThat(codes(Pairs.pair(People.mentor().seniority(7).build(), People.mentee().seniority(2).build(),
                reverse))).containsExactly(RuleCode.SENIORITY_GAP);
    }

    @Test
    void aMentorWithoutSeatsIsExcluded() {
        PairInput full = new PairInput(mentor.build(), mentee.build(), STRICT, ReportingLines.none(),
                PairHistory.empty(), 0);

        assertThat(codes(full)).containsExactly(RuleCode.CAPACITY_EXHAUSTED);
    }

    @Test
    void aPairDeclinedOrEndedBeforeIsExcludedEitherWayRound() {
        PairHistory history = PairHistory.empty().declinedOrEnded("mentee", "mentor");
        PairInput again = new PairInput(mentor.build(), mentee.build(), STRICT, ReportingLines.none(), history, 1);
        PairInput someoneElse = new PairInput(mentor.build(), People.person("other").department("Sales")
                .seniority(4).build(), STRICT, ReportingLines.none(), history, 1);

        assertThat(codes(again)).containsExactly(RuleCode.PREVIOUSLY_DECLINED_OR_ENDED);
        assertThat(codes(someoneElse)).isEmpty();
    }

    @Test
    void anExplicitBlockExcludesThePairOnly() {
        PairHistory history = PairHistory.empty().blocked("mentor", "mentee");
        PairInput blocked = new PairInput(mentor.build(), mentee.build(), STRICT, ReportingLines.none(), history, 1);
        PairInput someoneElse = new PairInput(People.person("other").seniority(7).build(), mentee.build(), STRICT,
                ReportingLines.none(), history, 1);

        assertThat(codes(blocked)).containsExactly(RuleCode.BLOCKED);
        assertThat(codes(someoneElse)).isEmpty();
    }

    @Test
    void everyRuleThatFailsIsReportedSoWhyNotTellsTheWholeStory() {
        PairHistory history = PairHistory.empty().blocked("mentor", "mentee").declinedOrEnded("mentor", "mentee");
        PairInput pair = new PairInput(mentor.build(), mentee.department("Engineering").build(), STRICT,
                ReportingLines.of(Map.of()), history, 0);

        PairAssessment assessment = PairScorer.assess(pair);

        assertThat(assessment.excluded()).isTrue();
        assertThat(((ExcludedPair) assessment).exclusions()).extracting(Exclusion::code).containsExactly(
                RuleCode.DEPARTMENT_RULE, RuleCode.CAPACITY_EXHAUSTED, RuleCode.PREVIOUSLY_DECLINED_OR_ENDED,
                RuleCode.BLOCKED);
    }
}
