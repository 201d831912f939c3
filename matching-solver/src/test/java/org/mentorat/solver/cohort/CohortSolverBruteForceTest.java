package org.mentorat.solver.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The solver against exhaustive search on many small seeded cohorts, and against greedy on larger ones. */
class CohortSolverBruteForceTest {

    private static final int INSTANCES = 300;

    /** Quality first: the highest total, then the most matches; coverage first: the reverse. */
    @ParameterizedTest
    @EnumSource(CohortMode.class)
    void eachModeFindsWhatExhaustiveSearchFindsBestInItsOrder(CohortMode mode) {
        for (long seed = 0; seed < INSTANCES; seed++) {
            CohortProblem problem = RandomCohorts.cohort(seed, 6, 4, 2, 0.6);

            CohortSolution solution = CohortSolver.solve(problem, mode);

            long total = SolutionChecks.assertFeasible(problem, solution);
            BruteForce.of(problem).assertReachedBy(mode, solution.matched(), total, seed);
        }
    }

    @Test
    void onLargerCohortsNeitherGreedyNorCoverageFirstBeatsQualityFirstOnTotalScore() {
        for (long seed = 0; seed < 50; seed++) {
            CohortProblem problem = RandomCohorts.cohort(seed, 60, 20, 3, 0.3);

            CohortSolution quality = CohortSolver.solve(problem, CohortMode.QUALITY_FIRST);
            CohortSolution coverage = CohortSolver.solve(problem, CohortMode.COVERAGE_FIRST);
            CohortSolution greedy = GreedyAssigner.assign(problem);

            long qualityTotal = SolutionChecks.assertFeasible(problem, quality);
            long coverageTotal = SolutionChecks.assertFeasible(problem, coverage);
            long greedyTotal = SolutionChecks.assertFeasible(problem, greedy);
            assertThat(qualityTotal).as("seed %d", seed).isGreaterThanOrEqualTo(coverageTotal)
                    .isGreaterThanOrEqualTo(greedyTotal);
            assertThat(coverage.matched()).as("seed %d", seed)
                    .isGreaterThanOrEqualTo(quality.matched()).isGreaterThanOrEqualTo(greedy.matched());
        }
    }
}
