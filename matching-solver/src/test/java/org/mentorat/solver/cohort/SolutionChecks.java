package org.mentorat.solver.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

/** What any assignment must respect, whoever produced it. */
final class SolutionChecks {

    private SolutionChecks() {
    }

    /** Returns the total in integer units, recomputed from the problem's own edges. */
    static long assertFeasible(CohortProblem problem, CohortSolution solution) {
        int[] load = new int[problem.mentorCount()];
        Set<Integer> seen = new HashSet<>();
        long total = 0;
        for (Assignment assignment : solution.assignments()) {
            assertThat(seen.add(assignment.mentee())).as("mentee %d assigned once", assignment.mentee()).isTrue();
            int edge = edgeOf(problem, assignment.mentee(), assignment.mentor());
            assertThat(edge).as("pair %s is allowed", assignment).isNotNegative();
            assertThat(assignment.score()).isEqualTo(problem.edgeScore(edge));
            load[assignment.mentor()]++;
            total += problem.edgeScaledScore(edge);
        }
        for (int mentor = 0; mentor < load.length; mentor++) {
            assertThat(load[mentor]).as("load of mentor %d", mentor).isLessThanOrEqualTo(problem.capacity(mentor));
        }
        for (Unmatched unmatched : solution.unmatched()) {
            assertThat(seen.add(unmatched.mentee())).as("mentee %d reported once", unmatched.mentee()).isTrue();
            assertThat(unmatched.reason()).isEqualTo(problem.edgeCount(unmatched.mentee()) == 0
                    ? UnmatchedReason.NO_ALLOWED_MENTOR : UnmatchedReason.CAPACITY_TAKEN);
        }
        assertThat(seen).hasSize(problem.menteeCount());
        assertThat(Math.round(solution.totalScore() * CohortProblem.SCALE)).isEqualTo(total);
        return total;
    }

    private static int edgeOf(CohortProblem problem, int mentee, int mentor) {
        for (int e = problem.firstEdge(mentee); e < problem.firstEdge(mentee + 1); e++) {
            if (problem.edgeMentor(e) == mentor) {
                return e;
            }
        }
        return -1;
    }
}
