package org.mentorat.solver.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CohortSolverTest {

    private static final int X = 0;
    private static final int Y = 1;
    private static final int A = 0;
    private static final int B = 1;

    @Test
    void theOptimumBeatsGreedyWhereTakingTheBestPairFirstBlocksABetterWhole() {
        // A: X 0.9, Y 0.8; B: X 0.85 only. Greedy gives X to A and leaves B alone (0.9);
        // the optimum sends A to Y so that B gets X (0.8 + 0.85 = 1.65).
        CohortProblem problem = CohortProblem.builder(2, new int[] {1, 1})
                .edge(A, X, 0.9).edge(A, Y, 0.8).edge(B, X, 0.85)
                .build();

        CohortSolution greedy = GreedyAssigner.assign(problem);
        CohortSolution optimum = CohortSolver.solve(problem, CohortMode.QUALITY_FIRST);

        assertThat(greedy.totalScore()).isCloseTo(0.9, within(1e-9));
        assertThat(greedy.matched()).isEqualTo(1);
        assertThat(optimum.totalScore()).isCloseTo(1.65, within(1e-9));
        assertThat(optimum.assignments()).containsExactlyInAnyOrder(
                new Assignment(A, Y, 0.8), new Assignment(B, X, 0.85));
    }

    @Test
    void coverageFirstMatchesMoreMenteesAndQualityFirstKeepsTheHigherTotal() {
        // A loves X and barely fits Y; B can only have X. One more match costs 0.6 of score.
        CohortProblem problem = CohortProblem.builder(2, new int[] {1, 1})
                .edge(A, X, 0.9).edge(A, Y, 0.1).edge(B, X, 0.2)
                .build();

        CohortSolution quality = CohortSolver.solve(problem, CohortMode.QUALITY_FIRST);
        CohortSolution coverage = CohortSolver.solve(problem, CohortMode.COVERAGE_FIRST);

        assertThat(quality.assignments()).containsExactly(new Assignment(A, X, 0.9));
        assertThat(quality.unmatched()).containsExactly(new Unmatched(B, UnmatchedReason.CAPACITY_TAKEN));
        assertThat(coverage.assignments()).containsExactlyInAnyOrder(
                new Assignment(A, Y, 0.1), new Assignment(B, X, 0.2));
        assertThat(coverage.matched()).isGreaterThan(quality.matched());
        assertThat(quality.totalScore()).isGreaterThan(coverage.totalScore());
    }

    @Test
    void unmatchedMenteesSayWhetherTheRulesOrTheSeatsLeftThemOut() {
        // Mentee 2 has no allowed mentor; mentees 0 and 1 compete for X's only seat; Y has none.
        CohortProblem problem = CohortProblem.builder(3, new int[] {1, 0})
                .edge(0, X, 0.7).edge(1, X, 0.6).edge(1, Y, 1.0)
                .build();

        for (CohortMode mode : CohortMode.values()) {
            CohortSolution solution = CohortSolver.solve(problem, mode);

            assertThat(solution.assignments()).containsExactly(new Assignment(0, X, 0.7));
            assertThat(solution.unmatched()).containsExactly(
                    new Unmatched(1, UnmatchedReason.CAPACITY_TAKEN),
                    new Unmatched(2, UnmatchedReason.NO_ALLOWED_MENTOR));
        }
    }

    @Test
    void qualityFirstStillMatchesAMenteeWhosePairAddsNothingToTheScore() {
        CohortProblem problem = CohortProblem.builder(1, new int[] {1}).edge(0, X, 0.0).build();

        CohortSolution solution = CohortSolver.solve(problem, CohortMode.QUALITY_FIRST);

        assertThat(solution.assignments()).containsExactly(new Assignment(0, X, 0.0));
    }

    @Test
    void aMentorTakesAsManyMenteesAsItsCapacityAndNoMore() {
        CohortProblem.Builder builder = CohortProblem.builder(5, new int[] {3});
        for (int mentee = 0; mentee < 5; mentee++) {
            builder.edge(mentee, X, 0.5 + mentee / 10.0);
        }

        CohortSolution solution = CohortSolver.solve(builder.build(), CohortMode.COVERAGE_FIRST);

        assertThat(solution.assignments()).extracting(Assignment::mentee).containsExactlyInAnyOrder(2, 3, 4);
        assertThat(solution.totalScore()).isCloseTo(0.7 + 0.8 + 0.9, within(1e-9));
    }

    @Test
    void aPairGivenTwiceOrAScoreOutsideTheUnitIntervalIsRefused() {
        assertThatThrownBy(() -> CohortProblem.builder(1, new int[] {1}).edge(0, X, 0.4).edge(0, X, 0.6).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> CohortProblem.builder(1, new int[] {1}).edge(0, X, 1.2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmptyCohortHasAnEmptySolution() {
        CohortSolution solution = CohortSolver.solve(CohortProblem.builder(0, new int[0]).build(),
                CohortMode.COVERAGE_FIRST);

        assertThat(solution.matched()).isZero();
        assertThat(solution.unmatched()).isEmpty();
    }
}
