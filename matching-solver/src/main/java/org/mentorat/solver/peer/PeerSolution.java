package org.mentorat.solver.peer;

import java.util.ArrayList;
import java.util.List;
import org.mentorat.solver.cohort.CohortProblem;

/** A pairing of a peer cohort: who goes with whom, who is left out and why, and the total score. */
public record PeerSolution(List<PeerPair> pairs, List<PeerUnmatched> unmatched, double totalScore) {

    public PeerSolution {
        pairs = List.copyOf(pairs);
        unmatched = List.copyOf(unmatched);
    }

    /** How many participants were paired (twice the number of pairs). */
    public int matched() {
        return 2 * pairs.size();
    }

    /**
     * Builds the solution from each participant's chosen edge (-1 when unpaired). The total is summed
     * in integer millionths so that two solvers agreeing on the optimum print the same figure.
     */
    static PeerSolution fromChosenEdges(PeerProblem problem, int[] chosenEdge) {
        List<PeerPair> pairs = new ArrayList<>();
        List<PeerUnmatched> unmatched = new ArrayList<>();
        long total = 0;
        for (int participant = 0; participant < problem.participantCount(); participant++) {
            int edge = chosenEdge[participant];
            if (edge < 0) {
                unmatched.add(new PeerUnmatched(participant, problem.degree(participant) == 0
                        ? PeerUnmatchedReason.NO_ALLOWED_PEER : PeerUnmatchedReason.NOT_PAIRED));
            } else if (problem.edgeFirst(edge) == participant) {
                pairs.add(new PeerPair(participant, problem.edgeSecond(edge), problem.edgeScore(edge)));
                total += problem.edgeScaledScore(edge);
            }
        }
        return new PeerSolution(pairs, unmatched, (double) total / CohortProblem.SCALE);
    }
}
