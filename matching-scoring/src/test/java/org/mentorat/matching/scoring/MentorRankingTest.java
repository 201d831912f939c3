package org.mentorat.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorat.matching.scoring.ranking.MentorRanking;
import org.mentorat.matching.scoring.ranking.RankedMentor;
import org.mentorat.matching.scoring.vocabulary.Candidate;
import org.mentorat.matching.scoring.vocabulary.Criterion;
import org.mentorat.matching.scoring.vocabulary.DepartmentPolicy;
import org.mentorat.matching.scoring.vocabulary.PairHistory;
import org.mentorat.matching.scoring.vocabulary.PairInput;
import org.mentorat.matching.scoring.vocabulary.ProgramRules;
import org.mentorat.matching.scoring.vocabulary.ProgramType;
import org.mentorat.matching.scoring.vocabulary.Reason;
import org.mentorat.matching.scoring.vocabulary.ReasonCode;
import org.mentorat.matching.scoring.vocabulary.ReportingLines;
import org.mentorat.matching.scoring.vocabulary.ScoredPair;
import org.mentorat.matching.scoring.vocabulary.Weights;

/** A mentee's best mentors are exactly what scoring every pair with {@link PairScorer} would pick. */
class MentorRankingTest {

    private static final PairHistory NONE = PairHistory.empty();

    /** Every pair assessed one by one, the excluded left out, best score first and lower index first. */
    /** The top {@code k} of the drawn mentors for the mentee under {@code program}, by PairScorer. */
    private static List<RankedMentor> bruteForce(Populations.Drawn drawn, ProgramRules program, Candidate mentee, int k) {
        List<RankedMentor> allowed = new ArrayList<>();
        for (int i = 0; i < drawn.mentors().size(); i++) {
            if (PairScorer.assess(new PairInput(drawn.mentors().get(i), mentee, program, drawn.lines(), drawn.history(),
                    drawn.seats()[i])) instanceof ScoredPair scored) {
                allowed.add(new RankedMentor(i, scored));
            }
        }
        allowed.sort(Comparator.comparingDouble((RankedMentor r) -> -r.scored().score())
                .thenComparingInt(RankedMentor::index));
        return allowed.subList(0, Math.min(k, allowed.size()));
    }

    private static MentorRanking ranking(Populations.Drawn drawn, ProgramRules program) {
        return MentorRanking.of(program, drawn.mentors(), drawn.seats(), drawn.lines());
    }

    @Test
    void topKEqualsTheBruteForceRankingOnRandomProgramsAndPopulations() {
        int compared = 0;
        int excludedSomewhere = 0;
        for (long seed = 1; seed <= 40; seed++) {
            Populations.Drawn drawn = new Populations(seed, seed % 4 == 0).draw(150, 30, 30, 40);
            int mentors = drawn.mentors().size();
            MentorRanking ranking = ranking(drawn, drawn.program());

            List<Candidate> asked = new ArrayList<>(drawn.mentees());
            asked.add(drawn.mentors().get((int) seed % mentors)); // the same person on both sides
            for (Candidate mentee : asked) {
                List<RankedMentor> all = bruteForce(drawn, drawn.program(), mentee, mentors);
                for (int k : new int[] {1, 5, mentors}) {
                    assertThat(ranking.top(mentee, drawn.history(), k)).as("seed %d, %s, k %d", seed, drawn.program(), k)
                            .isEqualTo(all.subList(0, Math.min(k, all.size())));
                    compared++;
                }
                if (all.size() < mentors) {
                    excludedSomewhere++;
                }
            }
        }
        assertThat(compared).isEqualTo(40 * 31 * 3);
        assertThat(excludedSomewhere).isEqualTo(40 * 31);
    }

    @Test
    void everyAllowedPairIsReportedWithPairScorersScoreForACohortRun() {
        for (long seed = 1; seed <= 10; seed++) {
            Populations.Drawn drawn = new Populations(seed, seed % 2 == 0).draw(80, 20, 20, 20);
            MentorRanking ranking = ranking(drawn, drawn.program());
            for (Candidate mentee : drawn.mentees()) {
                List<RankedMentor> expected = bruteForce(drawn, drawn.program(), mentee, drawn.mentors().size())
                        .stream().sorted(Comparator.comparingInt(RankedMentor::index)).toList();
                List<double[]> reported = new ArrayList<>();
                ranking.forEachAllowed(mentee, drawn.history(), (index, score) -> reported.add(new double[] {index, score}));
                assertThat(reported).hasSize(expected.size());
                for (int i = 0; i < expected.size(); i++) {
                    assertThat((int) reported.get(i)[0]).isEqualTo(expected.get(i).index());
                    assertThat(reported.get(i)[1]).isEqualTo(expected.get(i).scored().score());
                }
            }
        }
    }

    @Test
    void everyProgramTypeWithRulesOnOrOffAndZeroWeightsRanksLikeBruteForce() {
        Populations.Drawn drawn = new Populations(7).draw(200, 10, 10, 20); // its random program goes unused
        for (ProgramType type : ProgramType.values()) {
            for (Weights weights : List.of(Weights.equal(), new Weights(Map.of()),
                    new Weights(Map.of(Criterion.AVAILABILITY, 2.0, Criterion.STYLE, 0.5)))) {
                for (ProgramRules program : List.of(ProgramRules.lenient(type, weights),
                        new ProgramRules(type, weights, 2, true, DepartmentPolicy.DIFFERENT, 0, 4),
                        new ProgramRules(type, weights, 1, false, DepartmentPolicy.SAME, null, 2))) {
                    MentorRanking ranking = ranking(drawn, program);
                    for (Candidate mentee : drawn.mentees()) {
                        assertThat(ranking.top(mentee, drawn.history(), 5)).as("%s", program)
                                .isEqualTo(bruteForce(drawn, program, mentee, 5));
                    }
                }
            }
        }
    }

    @Test
    void kLargerThanTheAllowedMentorsReturnsEveryAllowedMentorBestFirst() {
        List<Candidate> mentors = List.of(
                People.mentor().topics("java").build(),
                People.person("kafka").seniority(7).topics("kafka").build(),
                People.person("both").seniority(7).topics("java", "kafka").skill("java", 5).build());
        Candidate mentee = People.mentee().topics("java", "kafka").build();

        List<RankedMentor> top = MentorRanking.of(Pairs.ONE_TO_ONE, mentors, new int[] {1, 1, 1}, null)
                .top(mentee, NONE, 10);

        assertThat(top).extracting(RankedMentor::index).containsExactly(2, 0, 1);
        assertThat(top.get(0).scored().reasons()).extracting(Reason::code).contains(ReasonCode.SHARED_TOPICS);
    }

    @Test
    void withoutMentorsOrWithKZeroThereIsNobodyToSuggest() {
        Candidate mentee = People.mentee().build();

        assertThat(MentorRanking.of(Pairs.ONE_TO_ONE, List.of(), new int[0], ReportingLines.none())
                .top(mentee, NONE, 5)).isEmpty();
        assertThat(MentorRanking.of(Pairs.ONE_TO_ONE, List.of(People.mentor().build()), new int[] {1}, null)
                .top(mentee, NONE, 0)).isEmpty();
    }

    @Test
    void aMentorWithNoSeatLeftIsNeverSuggestedHoweverGoodTheFit() {
        Candidate perfect = People.person("perfect").seniority(7).topics("java").skill("java", 5).build();
        Candidate ordinary = People.person("ordinary").seniority(5).build();
        Candidate mentee = People.mentee().topics("java").build();
        List<Candidate> mentors = List.of(perfect, ordinary);

        assertThat(MentorRanking.of(Pairs.ONE_TO_ONE, mentors, new int[] {0, 1}, null).top(mentee, NONE, 5))
                .extracting(RankedMentor::index).containsExactly(1);
        assertThat(MentorRanking.of(Pairs.ONE_TO_ONE, mentors, new int[] {2, 1}, null).top(mentee, NONE, 5))
                .extracting(RankedMentor::index).containsExactly(0, 1);
    }

    @Test
    void equallyGoodMentorsComeInTheOrderTheyWereGiven() {
        List<Candidate> mentors = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            mentors.add(People.person("twin" + i).employee("T" + i, null).seniority(7).topics("java").build());
        }
        int[] seats = new int[8];
        Arrays.fill(seats, 1);
        seats[2] = 0;

        List<RankedMentor> top = MentorRanking.of(Pairs.ONE_TO_ONE, mentors, seats, null)
                .top(People.mentee().build(), NONE, 4);

        assertThat(top).extracting(RankedMentor::index).containsExactly(0, 1, 3, 4);
        assertThat(top).extracting(r -> r.scored().score()).containsOnly(top.get(0).scored().score());
    }

    @Test
    void blockedDeclinedAndManagerMentorsAreSkippedForThisMenteeOnly() {
        ProgramRules program = new ProgramRules(ProgramType.ONE_TO_ONE, Weights.equal(), 2, false,
                DepartmentPolicy.ANY, null, null);
        List<Candidate> mentors = List.of(
                People.person("blocked").employee("B", null).seniority(7).build(),
                People.person("declined").employee("D", null).seniority(7).build(),
                People.person("boss").employee("BOSS", null).seniority(7).build(),
                People.person("free").employee("F", null).seniority(7).build());
        ReportingLines lines = ReportingLines.of(Map.of("MGR", "BOSS"));
        PairHistory history = PairHistory.empty().blocked("blocked", "dev").declinedOrEnded("dev", "declined");
        MentorRanking ranking = MentorRanking.of(program, mentors, new int[] {1, 1, 1, 1}, lines);

        Candidate dev = People.person("dev").employee("DEV", "MGR").seniority(4).build();
        Candidate other = People.person("other").employee("O", null).seniority(4).build();

        assertThat(ranking.top(dev, history, 5)).extracting(RankedMentor::index).containsExactly(3);
        assertThat(ranking.top(other, history, 5)).extracting(RankedMentor::index).containsExactly(0, 1, 2, 3);
    }

    @Test
    void seatsMustMatchTheMentorsAndKMustNotBeNegative() {
        List<Candidate> mentors = List.of(People.mentor().build());

        assertThatIllegalArgumentException()
                .isThrownBy(() -> MentorRanking.of(Pairs.ONE_TO_ONE, mentors, new int[2], null));
        assertThatIllegalArgumentException().isThrownBy(() -> MentorRanking.of(Pairs.ONE_TO_ONE, mentors,
                new int[] {1}, null).top(People.mentee().build(), NONE, -1));
    }
}
