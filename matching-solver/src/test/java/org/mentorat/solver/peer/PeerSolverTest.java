package org.mentorat.solver.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mentorat.solver.cohort.CohortMode;
import org.mentorat.solver.cohort.CohortProblem;
import org.mentorat.solver.cohort.CohortSolution;
import org.mentorat.solver.cohort.CohortSolver;

class PeerSolverTest {

    private static final int INSTANCES = 400;

    /** Quality first: the highest total, then the most pairs; coverage first: the reverse. */
    @ParameterizedTest
    @EnumSource(CohortMode.class)
    void eachModeFindsWhatExhaustiveSearchFindsBestInItsOrder(CohortMode mode) {
        for (long seed = 0; seed < INSTANCES; seed++) {
            PeerProblem problem = randomPeers(seed);

            PeerSolution solution = PeerSolver.solve(problem, mode);

            long total = PeerChecks.assertFeasible(problem, solution);
            PeerBruteForce.of(problem).optimum.assertReachedBy(mode, solution.pairs().size(), total, seed);
        }
    }

    @Test
    void aTriangleWithPendantsIsPairedBetterThanGreedyWould() {
        // Greedy takes the best pair 0-1 (0.9) and strands everyone else; the optimum gives it up.
        PeerProblem problem = PeerProblem.builder(5)
                .edge(0, 1, 0.9).edge(1, 2, 0.8).edge(0, 2, 0.8)
                .edge(0, 3, 0.5).edge(1, 4, 0.4)
                .build();

        PeerSolution solution = PeerSolver.solve(problem, CohortMode.QUALITY_FIRST);

        assertThat(greedyTotal(problem)).isEqualTo(900_000);
        assertThat(solution.pairs()).containsExactly(new PeerPair(0, 3, 0.5), new PeerPair(1, 2, 0.8));
        assertThat(solution.unmatched()).containsExactly(new PeerUnmatched(4, PeerUnmatchedReason.NOT_PAIRED));
        assertThat(solution.totalScore()).isEqualTo(1.3);
    }

    @Test
    void coverageFirstPairsEveryoneAroundAFiveCycleWhileQualityFirstKeepsTheBestPair() {
        // 0-1-2-3-4-0 is an odd cycle with 5 hanging off 0: pairing all six needs 5-0, 1-2, 3-4.
        PeerProblem problem = PeerProblem.builder(6)
                .edge(0, 1, 1.0).edge(1, 2, 0.1).edge(2, 3, 0.2).edge(3, 4, 0.1).edge(4, 0, 0.1)
                .edge(5, 0, 0.1)
                .build();

        PeerSolution coverage = PeerSolver.solve(problem, CohortMode.COVERAGE_FIRST);
        PeerSolution quality = PeerSolver.solve(problem, CohortMode.QUALITY_FIRST);

        assertThat(coverage.pairs()).containsExactly(
                new PeerPair(0, 5, 0.1), new PeerPair(1, 2, 0.1), new PeerPair(3, 4, 0.1));
        assertThat(coverage.unmatched()).isEmpty();
        assertThat(quality.pairs()).containsExactly(new PeerPair(0, 1, 1.0), new PeerPair(2, 3, 0.2));
        assertThat(quality.unmatched()).extracting(PeerUnmatched::participant).containsExactly(4, 5);
        assertThat(quality.totalScore()).isEqualTo(1.2);
    }

    @Test
    void qualityFirstPrefersMorePairsWhenTheTotalIsTheSame() {
        PeerProblem path = PeerProblem.builder(4).edge(0, 1, 0.5).edge(1, 2, 1.0).edge(2, 3, 0.5).build();
        PeerProblem zeroScore = PeerProblem.builder(2).edge(0, 1, 0.0).build();

        assertThat(PeerSolver.solve(path, CohortMode.QUALITY_FIRST).pairs())
                .containsExactly(new PeerPair(0, 1, 0.5), new PeerPair(2, 3, 0.5));
        assertThat(PeerSolver.solve(zeroScore, CohortMode.QUALITY_FIRST).pairs())
                .containsExactly(new PeerPair(0, 1, 0.0));
    }

    @Test
    void anEmptyCohortHasNoPairs() {
        PeerSolution solution = PeerSolver.solve(PeerProblem.builder(0).build(), CohortMode.QUALITY_FIRST);

        assertThat(solution.pairs()).isEmpty();
        assertThat(solution.unmatched()).isEmpty();
        assertThat(solution.totalScore()).isZero();
    }

    @Test
    void participantsTheRulesLeaveAloneAreReportedAsHavingNoAllowedPeer() {
        PeerProblem noEdges = PeerProblem.builder(3).build();
        PeerProblem someIsolated = PeerProblem.builder(5).edge(1, 3, 0.7).edge(1, 2, 0.4).build();

        assertThat(PeerSolver.solve(noEdges, CohortMode.COVERAGE_FIRST).unmatched()).containsExactly(
                new PeerUnmatched(0, PeerUnmatchedReason.NO_ALLOWED_PEER),
                new PeerUnmatched(1, PeerUnmatchedReason.NO_ALLOWED_PEER),
                new PeerUnmatched(2, PeerUnmatchedReason.NO_ALLOWED_PEER));
        PeerSolution solution = PeerSolver.solve(someIsolated, CohortMode.COVERAGE_FIRST);
        assertThat(solution.pairs()).containsExactly(new PeerPair(1, 3, 0.7));
        assertThat(solution.unmatched()).containsExactly(
                new PeerUnmatched(0, PeerUnmatchedReason.NO_ALLOWED_PEER),
                new PeerUnmatched(2, PeerUnmatchedReason.NOT_PAIRED),
                new PeerUnmatched(4, PeerUnmatchedReason.NO_ALLOWED_PEER));
    }

    @Test
    void onLargeBipartiteCohortsItAgreesWithTheMentorSolver() {
        // A peer graph whose pairs all cross two halves is a cohort with one seat per mentor, which the
        // bipartite solver handles exactly: an independent check far beyond brute-force sizes.
        for (long seed = 0; seed < 3; seed++) {
            Random random = new Random(seed);
            int half = 300;
            PeerProblem.Builder peers = PeerProblem.builder(2 * half);
            int[] seats = new int[half];
            Arrays.fill(seats, 1);
            CohortProblem.Builder cohort = CohortProblem.builder(half, seats);
            for (int left = 0; left < half; left++) {
                for (int right : random.ints(0, half).distinct().limit(1 + random.nextInt(6)).toArray()) {
                    double score = random.nextInt(CohortProblem.SCALE + 1) / (double) CohortProblem.SCALE;
                    peers.edge(left, half + right, score);
                    cohort.edge(left, right, score);
                }
            }
            PeerProblem peerProblem = peers.build();
            for (CohortMode mode : CohortMode.values()) {
                PeerSolution solution = PeerSolver.solve(peerProblem, mode);
                CohortSolution expected = CohortSolver.solve(cohort.build(), mode);

                assertThat(PeerChecks.assertFeasible(peerProblem, solution))
                        .as("%s seed %d", mode, seed).isEqualTo(Math.round(expected.totalScore() * CohortProblem.SCALE));
                assertThat(solution.pairs()).as("%s seed %d", mode, seed).hasSize(expected.matched());
            }
        }
    }

    @Test
    void aCohortBeyondExactPrecisionIsRefusedRatherThanApproximated() {
        // Fine-grained scores over 2,000 pairs need weights past what Blossom V handles exactly in doubles;
        // the same cohort with scores in thousandths fits, since only score ratios matter.
        PeerProblem.Builder fine = PeerProblem.builder(4_000);
        PeerProblem.Builder coarse = PeerProblem.builder(4_000);
        for (int pair = 0; pair < 2_000; pair++) {
            fine.edge(2 * pair, 2 * pair + 1, pair == 0 ? 1.0 : 0.123457);
            coarse.edge(2 * pair, 2 * pair + 1, pair == 0 ? 1.0 : 0.123);
        }

        assertThatThrownBy(() -> PeerSolver.solve(fine.build(), CohortMode.QUALITY_FIRST))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too large");
        assertThat(PeerSolver.solve(coarse.build(), CohortMode.QUALITY_FIRST).pairs()).hasSize(2_000);
    }

    /** Up to ten participants, sometimes with coarse scores so that ties between matchings are common. */
    private static PeerProblem randomPeers(long seed) {
        Random random = new Random(seed);
        int participants = random.nextInt(11);
        double density = 0.2 + 0.6 * random.nextDouble();
        boolean coarse = random.nextBoolean();
        PeerProblem.Builder builder = PeerProblem.builder(participants);
        for (int a = 0; a < participants; a++) {
            for (int b = a + 1; b < participants; b++) {
                if (random.nextDouble() < density) {
                    double score = coarse ? random.nextInt(5) / 4.0 : random.nextInt(CohortProblem.SCALE + 1) / 1e6;
                    builder.edge(b, a, score);
                }
            }
        }
        return builder.build();
    }

    /** Best remaining pair first, the way one would pair by hand. */
    private static long greedyTotal(PeerProblem problem) {
        boolean[] taken = new boolean[problem.participantCount()];
        long total = 0;
        List<Integer> byScore = IntStream.range(0, problem.edgeCount()).boxed()
                .sorted(Comparator.comparingInt(problem::edgeScaledScore).reversed()).toList();
        for (int e : byScore) {
            if (!taken[problem.edgeFirst(e)] && !taken[problem.edgeSecond(e)]) {
                taken[problem.edgeFirst(e)] = true;
                taken[problem.edgeSecond(e)] = true;
                total += problem.edgeScaledScore(e);
            }
        }
        return total;
    }
}
