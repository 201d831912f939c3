package org.mentorat.solver.cohort;

import java.util.ArrayList;
import java.util.List;

/** An assignment of a cohort: who goes with whom, who is left out and why, and the total score. */
public record CohortSolution(List<Assignment> assignments, List<Unmatched> unmatched, double totalScore) {

    public CohortSolution {
        assignments = List.copyOf(assignments);
        unmatched = List.copyOf(unmatched);
    }

    public int matched() {
        return assignments.size();
    }

    /**
     * Builds the solution from each mentee's chosen edge (-1 when unmatched). The total is summed
     * in the problem's integer units so that two solvers agreeing on the optimum print the same figure.
     */
    static CohortSolution fromChosenEdges(CohortProblem problem, int[] chosenEdge) {
        List<Assignment> assignments = new ArrayList<>();
        List<Unmatched> unmatched = new ArrayList<>();
        long total = 0;
        for (int mentee = 0; mentee < problem.menteeCount(); mentee++) {
            int edge = chosenEdge[mentee];
            if (edge >= 0) {
                assignments.add(new Assignment(mentee, problem.edgeMentor(edge), problem.edgeScore(edge)));
                total += problem.edgeScaledScore(edge);
            } else {
                unmatched.add(new Unmatched(mentee, problem.edgeCount(mentee) == 0
                        ? UnmatchedReason.NO_ALLOWED_MENTOR : UnmatchedReason.CAPACITY_TAKEN));
            }
        }
        return new CohortSolution(assignments, unmatched, (double) total / CohortProblem.SCALE);
    }
}
