package org.mentorat.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.mentorat.matching.scoring.vocabulary.Criterion;
import org.mentorat.matching.scoring.vocabulary.PairInput;
import org.mentorat.matching.scoring.vocabulary.ProgramType;
import org.mentorat.matching.scoring.vocabulary.Reason;

class SeniorityScoringTest {

    private static double seniority(ProgramType type, Integer mentorLevel, Integer menteeLevel) {
        PairInput pair = Pairs.pair(People.mentor().seniority(mentorLevel).build(),
                People.mentee().seniority(menteeLevel).build(), Pairs.program(type));
        return PairScorer.score(pair).contributionOf(Criterion.SENIORITY).value();
    }

    @Test
    void aMentorTwoOrThreeLevelsAboveIsIdeal() {
        assertThat(seniority(ProgramType.ONE_TO_ONE, 6, 4)).isEqualTo(1.0);
        assertThat(seniority(ProgramType.ONE_TO_ONE, 7, 4)).isEqualTo(1.0);
        assertThat(seniority(ProgramType.ONE_TO_ONE, 5, 4)).isCloseTo(0.65, within(1e-12));
        assertThat(seniority(ProgramType.ONE_TO_ONE, 4, 4)).isCloseTo(0.3, within(1e-12));
        assertThat(seniority(ProgramType.ONE_TO_ONE, 8, 4)).isCloseTo(0.75, within(1e-12));
        assertThat(seniority(ProgramType.ONE_TO_ONE, 10, 1)).isCloseTo(0.2, within(1e-12));
    }

    @Test
    void aMoreJuniorMentorScoresNothingInAnOrdinaryProgram() {
        assertThat(seniority(ProgramType.ONE_TO_ONE, 3, 6)).isZero();
        assertThat(seniority(ProgramType.GROUP, 3, 6)).isZero();
    }

    @Test
    void inReverseMentoringTheJuniorMentorsTheSenior() {
        assertThat(seniority(ProgramType.REVERSE, 3, 6)).isEqualTo(1.0);
        assertThat(seniority(ProgramType.REVERSE, 6, 3)).isZero();
        PairInput pair = Pairs.pair(People.mentor().seniority(2).build(), People.mentee().seniority(5).build(),
                Pairs.program(ProgramType.REVERSE));
        assertThat(PairScorer.score(pair).reasons()).extracting(Reason::sentence)
                .contains("The mentee is 3 levels more senior, a good gap for reverse mentoring.");
    }

    @Test
    void peersAreBestMatchedAtTheSameLevelWhicheverSideIsHigher() {
        assertThat(seniority(ProgramType.PEER, 5, 5)).isEqualTo(1.0);
        assertThat(seniority(ProgramType.PEER, 6, 5)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(seniority(ProgramType.PEER, 5, 6)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(seniority(ProgramType.PEER, 8, 5)).isZero();
        assertThat(seniority(ProgramType.PEER, 2, 9)).isZero();
    }

    @Test
    void anUnknownLevelIsNeutral() {
        assertThat(seniority(ProgramType.ONE_TO_ONE, null, 4)).isEqualTo(0.5);
    }
}
