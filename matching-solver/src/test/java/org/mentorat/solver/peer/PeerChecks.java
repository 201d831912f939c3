package org.mentorat.solver.peer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.mentorat.solver.cohort.CohortProblem;

/** What any peer solution must satisfy, whatever its quality: a real matching, fully accounted for. */
final class PeerChecks {

    private PeerChecks() {
    }

    /** Asserts the solution is a matching on allowed pairs and returns its total in integer millionths. */
    static long assertFeasible(PeerProblem problem, PeerSolution solution) {
        Map<Long, Integer> scoreByPair = new HashMap<>();
        for (int e = 0; e < problem.edgeCount(); e++) {
            scoreByPair.put(key(problem, problem.edgeFirst(e), problem.edgeSecond(e)), problem.edgeScaledScore(e));
        }
        Set<Integer> seen = new HashSet<>();
        long total = 0;
        for (PeerPair pair : solution.pairs()) {
            assertThat(pair.first()).isLessThan(pair.second());
            Integer score = scoreByPair.get(key(problem, pair.first(), pair.second()));
            assertThat(score).as("pair %s is allowed", pair).isNotNull();
            assertThat(pair.score()).isEqualTo((double) score / CohortProblem.SCALE);
            assertThat(seen.add(pair.first()) && seen.add(pair.second())).as("%s paired once", pair).isTrue();
            total += score;
        }
        for (PeerUnmatched left : solution.unmatched()) {
            assertThat(seen.add(left.participant())).as("%s listed once", left).isTrue();
            assertThat(left.reason()).isEqualTo(problem.degree(left.participant()) == 0
                    ? PeerUnmatchedReason.NO_ALLOWED_PEER : PeerUnmatchedReason.NOT_PAIRED);
        }
        assertThat(seen).hasSize(problem.participantCount());
        assertThat(solution.totalScore()).isEqualTo((double) total / CohortProblem.SCALE);
        return total;
    }

    private static long key(PeerProblem problem, int first, int second) {
        return (long) first * problem.participantCount() + second;
    }
}
