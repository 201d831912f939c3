package org.mentorat.solver.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorat.solver.cohort.CohortMode;
import org.mentorat.solver.cohort.CohortProblem;

class PeerCoverageFirstTest {

    @Test
    void agreesWithTheSingleTransformedMatchingOnMediumCohortsThatMustLeaveSomeOut() {
        int someLeftOut = 0;
        for (long seed = 0; seed < 150; seed++) {
            PeerProblem problem = mediumPeers(seed);
            PeerSolution reference = PeerSolver.byWeights(problem, CohortMode.COVERAGE_FIRST);

            PeerSolution coverage = PeerSolver.solve(problem, CohortMode.COVERAGE_FIRST);
            PeerSolution quality = PeerSolver.solve(problem, CohortMode.QUALITY_FIRST);

            long total = PeerChecks.assertFeasible(problem, coverage);
            assertThat(coverage.pairs()).as("pairs, seed %d", seed).hasSameSizeAs(reference.pairs());
            assertThat(total).as("total, seed %d", seed)
                    .isEqualTo(Math.round(reference.totalScore() * CohortProblem.SCALE));
            // Each mode wins on its own criterion.
            assertThat(PeerChecks.assertFeasible(problem, quality)).as("seed %d", seed).isGreaterThanOrEqualTo(total);
            assertThat(quality.pairs().size()).as("seed %d", seed).isLessThanOrEqualTo(coverage.pairs().size());
            if (problem.participantCount() - coverage.matched() - isolated(problem) >= 3) {
                someLeftOut++;
            }
        }
        assertThat(someLeftOut).as("cohorts leaving several with a peer unpaired").isGreaterThan(50);
    }

    @Test
    void coverageFirstSolvesScoresToTheMillionthWhereTheTransformRunsOutOfPrecision() {
        // 5,001 participants on a path: one is left out, and which one decides the total. Coverage
        // weights of score + B with B above any total pass 1e9 at millionths; plain scores do not.
        int participants = 5_001;
        Random random = new Random(7);
        PeerProblem.Builder builder = PeerProblem.builder(participants);
        for (int v = 0; v + 1 < participants; v++) {
            builder.edge(v, v + 1, random.nextInt(CohortProblem.SCALE + 1) / (double) CohortProblem.SCALE);
        }
        PeerProblem path = builder.build();

        PeerSolution solution = PeerSolver.solve(path, CohortMode.COVERAGE_FIRST);

        assertThatThrownBy(() -> PeerSolver.byWeights(path, CohortMode.COVERAGE_FIRST))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too large");
        assertThat(solution.pairs()).hasSize(2_500);
        assertThat(PeerChecks.assertFeasible(path, solution)).isEqualTo(bestPathTotalLeavingOneOut(path));
    }

    /**
     * 20 to 200 participants, odd or even, sparse, with peers drawn towards a few popular people so
     * that many compete for the same partners; scores sometimes coarse so that ties are common.
     */
    private static PeerProblem mediumPeers(long seed) {
        Random random = new Random(seed);
        int participants = 20 + random.nextInt(181);
        double averageDegree = 0.5 + 4 * random.nextDouble();
        double skew = random.nextDouble() * 2;
        boolean coarse = random.nextBoolean();
        PeerProblem.Builder builder = PeerProblem.builder(participants);
        Set<Long> seen = new HashSet<>();
        long wanted = Math.round(participants * averageDegree / 2);
        for (long tries = 0; seen.size() < wanted && tries < 20 * wanted; tries++) {
            int a = random.nextInt(participants);
            int b = (int) (participants * Math.pow(random.nextDouble(), 1 + skew));
            if (a != b && seen.add((long) Math.min(a, b) * participants + Math.max(a, b))) {
                double score = coarse ? random.nextInt(4) / 3.0 : random.nextInt(CohortProblem.SCALE + 1) / 1e6;
                builder.edge(a, b, score);
            }
        }
        return builder.build();
    }

    private static int isolated(PeerProblem problem) {
        int count = 0;
        for (int v = 0; v < problem.participantCount(); v++) {
            count += problem.degree(v) == 0 ? 1 : 0;
        }
        return count;
    }

    /** On an odd path exactly one even-numbered participant is left out: try each. */
    private static long bestPathTotalLeavingOneOut(PeerProblem path) {
        int participants = path.participantCount();
        long[] fromLeft = new long[participants + 1];
        for (int v = 2; v <= participants; v += 2) {
            fromLeft[v] = fromLeft[v - 2] + path.edgeScaledScore(v - 2);
        }
        long[] toRight = new long[participants + 1];
        for (int v = participants - 2; v >= 0; v -= 2) {
            toRight[v] = toRight[v + 2] + path.edgeScaledScore(v);
        }
        long best = 0;
        for (int out = 0; out < participants; out += 2) {
            best = Math.max(best, fromLeft[out] + toRight[out + 1]);
        }
        return best;
    }
}
