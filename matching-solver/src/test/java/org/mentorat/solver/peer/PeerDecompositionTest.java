package org.mentorat.solver.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorat.solver.cohort.CohortMode;

class PeerDecompositionTest {

    @Test
    void findsExactlyThoseSomeMaximumMatchingLeavesOutAndTheirOtherNeighbours() {
        for (long seed = 0; seed < 400; seed++) {
            PeerProblem problem = sparsePeers(seed);
            PeerBruteForce best = PeerBruteForce.of(problem);

            PeerDecomposition parts = PeerDecomposition.of(problem, mates(problem));

            Set<Integer> borders = new HashSet<>();
            for (int v = 0; v < problem.participantCount(); v++) {
                boolean leftOutBySome = (best.leftOutByAMaximumMatching >> v & 1) == 1;
                assertThat(parts.canBeLeftOut(v)).as("D holds %d, seed %d", v, seed).isEqualTo(leftOutBySome);
                assertThat(parts.component(v) >= 0).isEqualTo(leftOutBySome);
            }
            for (int e = 0; e < problem.edgeCount(); e++) {
                int a = problem.edgeFirst(e);
                int b = problem.edgeSecond(e);
                if (parts.canBeLeftOut(a) && parts.canBeLeftOut(b)) {
                    assertThat(parts.component(a)).as("seed %d", seed).isEqualTo(parts.component(b));
                }
                if (parts.canBeLeftOut(a) != parts.canBeLeftOut(b)) {
                    borders.add(parts.canBeLeftOut(a) ? b : a);
                }
            }
            for (int v = 0; v < problem.participantCount(); v++) {
                assertThat(parts.bordersLeftOut(v)).as("A holds %d, seed %d", v, seed).isEqualTo(borders.contains(v));
            }
            // Gallai–Edmonds: the number left out is the components of D beyond those A absorbs.
            int leftOut = problem.participantCount() - 2 * best.optimum.bestCount();
            assertThat(parts.componentCount()).as("seed %d", seed).isEqualTo(borders.size() + leftOut);
        }
    }

    @Test
    void refusesAMatchingThatIsNotMaximum() {
        // 0-1-2-3 with only 1-2 paired: 0 and 3 are joined by an augmenting path.
        PeerProblem path = PeerProblem.builder(4).edge(0, 1, 0.5).edge(1, 2, 0.5).edge(2, 3, 0.5).build();

        assertThatThrownBy(() -> PeerDecomposition.of(path, new int[] {-1, 2, 1, -1}))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not maximum");
    }

    /** A maximum matching from the solver, whose cardinality the brute-force tests check. */
    private static int[] mates(PeerProblem problem) {
        int[] mate = new int[problem.participantCount()];
        Arrays.fill(mate, -1);
        for (PeerPair pair : PeerSolver.byWeights(problem, CohortMode.COVERAGE_FIRST).pairs()) {
            mate[pair.first()] = pair.second();
            mate[pair.second()] = pair.first();
        }
        return mate;
    }

    /** Up to twelve participants, mostly sparse so that many cannot all be paired. */
    private static PeerProblem sparsePeers(long seed) {
        Random random = new Random(seed);
        int participants = random.nextInt(13);
        double density = 0.05 + 0.5 * random.nextDouble();
        PeerProblem.Builder builder = PeerProblem.builder(participants);
        for (int a = 0; a < participants; a++) {
            for (int b = a + 1; b < participants; b++) {
                if (random.nextDouble() < density) {
                    builder.edge(a, b, random.nextInt(5) / 4.0);
                }
            }
        }
        return builder.build();
    }
}
