package org.mentorat.solver.cohort;

import java.util.Arrays;

/**
 * The baseline a cohort run is compared with: take pairs from the best score down, whenever the
 * mentee is still free and the mentor has a seat left. Fast, but not optimal.
 */
public final class GreedyAssigner {

    private GreedyAssigner() {
    }

    public static CohortSolution assign(CohortProblem problem) {
        int[] edgeMentee = new int[problem.edgeCount()];
        for (int mentee = 0; mentee < problem.menteeCount(); mentee++) {
            Arrays.fill(edgeMentee, problem.firstEdge(mentee), problem.firstEdge(mentee + 1), mentee);
        }
        // (SCALE - score) in the high bits sorts best first; the edge index in the low bits keeps it stable.
        long[] order = new long[problem.edgeCount()];
        for (int e = 0; e < order.length; e++) {
            order[e] = ((long) (CohortProblem.SCALE - problem.edgeScaledScore(e)) << 32) | e;
        }
        Arrays.sort(order);
        int[] chosenEdge = new int[problem.menteeCount()];
        Arrays.fill(chosenEdge, -1);
        int[] seatsLeft = new int[problem.mentorCount()];
        for (int mentor = 0; mentor < seatsLeft.length; mentor++) {
            seatsLeft[mentor] = problem.capacity(mentor);
        }
        for (long key : order) {
            int edge = (int) key;
            int mentee = edgeMentee[edge];
            int mentor = problem.edgeMentor(edge);
            if (chosenEdge[mentee] < 0 && seatsLeft[mentor] > 0) {
                chosenEdge[mentee] = edge;
                seatsLeft[mentor]--;
            }
        }
        return CohortSolution.fromChosenEdges(problem, chosenEdge);
    }
}
