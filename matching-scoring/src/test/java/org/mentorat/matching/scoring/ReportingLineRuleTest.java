package org.mentorat.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorat.matching.scoring.rule.HardRules;
import org.mentorat.matching.scoring.vocabulary.Candidate;
import org.mentorat.matching.scoring.vocabulary.DepartmentPolicy;
import org.mentorat.matching.scoring.vocabulary.ExcludedPair;
import org.mentorat.matching.scoring.vocabulary.Exclusion;
import org.mentorat.matching.scoring.vocabulary.PairHistory;
import org.mentorat.matching.scoring.vocabulary.PairInput;
import org.mentorat.matching.scoring.vocabulary.ProgramRules;
import org.mentorat.matching.scoring.vocabulary.ProgramType;
import org.mentorat.matching.scoring.vocabulary.ReportingLines;
import org.mentorat.matching.scoring.vocabulary.RuleCode;
import org.mentorat.matching.scoring.vocabulary.Weights;

/** The manager chain: CEO ← VP ← Manager ← Dev, and N decides how far up it counts. */
class ReportingLineRuleTest {

    private static final ReportingLines LINES = ReportingLines.of(Map.of(
            "DEV", "MGR",
            "MGR", "VP",
            "VP", "CEO",
            "OTHER", "VP"));

    private static List<RuleCode> codes(String mentorNumber, String menteeNumber, int levels, ReportingLines lines) {
        ProgramRules program = new ProgramRules(ProgramType.ONE_TO_ONE, Weights.equal(), levels, false,
                DepartmentPolicy.ANY, null, null);
        Candidate mentor = People.person(mentorNumber).employee(mentorNumber, null).build();
        Candidate mentee = People.person(menteeNumber).employee(menteeNumber, null).build();
        return HardRules.check(new PairInput(mentor, mentee, program, lines, PairHistory.empty(), 1)).stream()
                .map(Exclusion::code).toList();
    }

    @Test
    void aManagerThreeLevelsUpIsAllowedWithNTwoAndExcludedWithNThree() {
        assertThat(codes("VP", "DEV", 2, LINES)).containsExactly(RuleCode.SAME_REPORTING_LINE);
        assertThat(codes("CEO", "DEV", 2, LINES)).isEmpty();
        assertThat(codes("CEO", "DEV", 3, LINES)).containsExactly(RuleCode.SAME_REPORTING_LINE);
    }

    @Test
    void theDirectManagerIsExcludedAndTheReasonSaysSo() {
        ProgramRules program = new ProgramRules(ProgramType.ONE_TO_ONE, Weights.equal(), 1, false,
                DepartmentPolicy.ANY, null, null);
        Candidate manager = People.person("MGR").employee("MGR", null).build();
        Candidate dev = People.person("DEV").employee("DEV", "MGR").build();

        ExcludedPair excluded = (ExcludedPair) PairScorer.assess(
                new PairInput(manager, dev, program, ReportingLines.none(), PairHistory.empty(), 1));

        assertThat(excluded.exclusions().get(0).reason()).contains("direct manager");
    }

    @Test
    void theRuleWorksBothWaysForReverseAndPeerPrograms() {
        assertThat(codes("DEV", "MGR", 1, LINES)).containsExactly(RuleCode.SAME_REPORTING_LINE);
        assertThat(codes("DEV", "VP", 2, LINES)).containsExactly(RuleCode.SAME_REPORTING_LINE);
    }

    @Test
    void colleaguesInOtherBranchesAreNotInTheSameLine() {
        assertThat(codes("OTHER", "DEV", 3, LINES)).isEmpty();
        assertThat(codes("MGR", "OTHER", 3, LINES)).isEmpty();
    }

    @Test
    void zeroLevelsTurnsTheRuleOff() {
        assertThat(codes("MGR", "DEV", 0, LINES)).isEmpty();
    }

    @Test
    void aCycleInManagerDataEndsTheWalkInsteadOfLoopingForever() {
        ReportingLines cycle = ReportingLines.of(Map.of("A", "B", "B", "C", "C", "A", "X", "Y"));

        assertThat(codes("X", "A", 1_000_000, cycle)).isEmpty();
        assertThat(codes("C", "A", 1_000_000, cycle)).containsExactly(RuleCode.SAME_REPORTING_LINE);
        assertThat(codes("A", "A2", 50, ReportingLines.of(Map.of("A2", "A2")))).isEmpty();
    }
}
