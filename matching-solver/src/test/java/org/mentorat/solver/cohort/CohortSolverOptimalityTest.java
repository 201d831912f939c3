package org.mentorat.solver.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Cohorts too large for exhaustive search, with long candidate lists and fine-grained scores, so that
 * the solver's searches cut many lists short and re-sort them: no cheaper re-assignment may remain.
 */
class CohortSolverOptimalityTest {

    @Test
    void noReassignmentAlongACycleImprovesEitherModeOnLargerCohorts() {
        for (long seed = 0; seed < 12; seed++) {
            CohortProblem problem = denseCohort(seed);
            for (CohortMode mode : CohortMode.values()) {
                CohortSolution solution = CohortSolver.solve(problem, mode);

                SolutionChecks.assertFeasible(problem, solution);
                assertThat(NegativeCycles.exist(problem, solution, mode)).as("%s, seed %d", mode, seed).isFalse();
            }
        }
    }

    @Test
    void theCertificateCatchesAnAssignmentThatIsNotOptimal() {
        CohortProblem problem = denseCohort(1);

        CohortSolution greedy = GreedyAssigner.assign(problem);

        assertThat(NegativeCycles.exist(problem, greedy, CohortMode.QUALITY_FIRST)).isTrue();
    }

    /** 250 mentees, 60 mentors with 0–4 seats, about 40 allowed mentors each, scores in millionths. */
    private static CohortProblem denseCohort(long seed) {
        Random random = new Random(seed);
        int[] capacities = new int[60];
        for (int mentor = 0; mentor < capacities.length; mentor++) {
            capacities[mentor] = random.nextInt(5);
        }
        CohortProblem.Builder builder = CohortProblem.builder(250, capacities);
        for (int mentee = 0; mentee < 250; mentee++) {
            for (int mentor = 0; mentor < capacities.length; mentor++) {
                if (random.nextDouble() < 0.65) {
                    double appeal = (mentor % 7) / 7.0;
                    builder.edge(mentee, mentor, Math.round((0.5 * appeal + 0.5 * random.nextDouble()) * 1e6) / 1e6);
                }
            }
        }
        return builder.build();
    }
}
