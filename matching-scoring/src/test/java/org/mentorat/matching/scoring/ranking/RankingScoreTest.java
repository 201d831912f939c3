package org.mentorat.matching.scoring.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorat.matching.scoring.PairScorer;
import org.mentorat.matching.scoring.Populations;
import org.mentorat.matching.scoring.rule.HardRules;
import org.mentorat.matching.scoring.vocabulary.Candidate;
import org.mentorat.matching.scoring.vocabulary.PairHistory;
import org.mentorat.matching.scoring.vocabulary.PairInput;
import org.mentorat.matching.scoring.vocabulary.ProgramRules;

/**
 * The ranking's allocation-free score is PairScorer's to the bit, and its rules exclude exactly the
 * pairs HardRules excludes, on every pair of many random programs (not only the winners).
 */
class RankingScoreTest {

    @Test
    void everyPairScoresToTheBitAndIsExcludedExactlyLikeHardRules() {
        int scored = 0;
        for (long seed = 100; seed < 140; seed++) {
            // odd seeds draw from vocabularies wider than IdSet's 64-bit mask
            Populations.Drawn drawn = new Populations(seed, seed % 2 == 1).draw(60, 40, 40, 30);
            List<Candidate> mentors = drawn.mentors();
            int[] seats = drawn.seats();
            PairHistory history = drawn.history();
            ProgramRules program = drawn.program();
            Vocabularies vocabularies = Vocabularies.of(mentors);
            List<PreparedMentor> prepared = new ArrayList<>();
            for (int i = 0; i < mentors.size(); i++) {
                prepared.add(PreparedMentor.of(i, mentors.get(i), vocabularies));
            }
            RankingScore scoring = new RankingScore(program);
            PairwiseExclusions exclusions = new PairwiseExclusions(program, mentors, drawn.lines());

            for (Candidate mentee : drawn.mentees()) {
                PreparedMentee preparedMentee = PreparedMentee.of(mentee, vocabularies);
                PreparedMentee counted = preparedMentee.withMinutesCounted();
                BitSet excluded = exclusions.of(mentee, history);
                for (int i = 0; i < mentors.size(); i++) {
                    PairInput pair = new PairInput(mentors.get(i), mentee, program, drawn.lines(), history, seats[i]);
                    boolean allowed = seats[i] > 0 && !excluded.get(i)
                            && scoring.allowed(prepared.get(i).traits(), preparedMentee.traits());

                    assertThat(allowed).as("seed %d, mentor %d, %s", seed, i, mentee).isEqualTo(HardRules.check(pair)
                            .isEmpty());
                    long expected = Double.doubleToRawLongBits(PairScorer.score(pair).score());
                    assertThat(Double.doubleToRawLongBits(scoring.score(prepared.get(i), preparedMentee)))
                            .as("seed %d, mentor %d, %s", seed, i, mentee).isEqualTo(expected);
                    assertThat(Double.doubleToRawLongBits(scoring.score(prepared.get(i), counted)))
                            .as("seed %d, mentor %d, %s, minutes counted", seed, i, mentee).isEqualTo(expected);
                    scored++;
                }
            }
        }
        assertThat(scored).isEqualTo(40 * 60 * 40);
    }
}
