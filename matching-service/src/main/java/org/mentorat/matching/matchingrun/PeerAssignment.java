package org.mentorat.matching.matchingrun;

import java.util.List;
import org.mentorat.solver.cohort.CohortMode;
import org.mentorat.solver.peer.PeerPair;
import org.mentorat.solver.peer.PeerProblem;
import org.mentorat.solver.peer.PeerSolution;
import org.mentorat.solver.peer.PeerSolver;
import org.mentorat.solver.peer.PeerUnmatched;
import org.mentorat.matching.pool.CandidatePool;
import org.mentorat.matching.readmodel.Mentee;
import org.mentorat.matching.readmodel.Mentor;
import org.mentorat.matching.scoring.ranking.MentorRanking;
import org.mentorat.matching.scoring.vocabulary.ScoredPair;

/**
 * Pairs the participants of a peer program with each other: an exact maximum-weight matching on
 * the general graph of allowed pairs. Each pair is judged one way round, the participant who
 * enrolled first in the mentee's place, so that a pair has one score and one explanation, the
 * same when it is drafted and when it is published.
 */
final class PeerAssignment {

    /**
     * Peer pairs are optimised on scores rounded to thousandths: the blossom solver works in
     * doubles and stays exact only for weights it can hold, which millionths would exhaust past a
     * thousand allowed pairs; thousandths allow about a million.
     */
    private static final int SCORE_STEPS = 1_000;

    private PeerAssignment() {
    }

    static CohortAssignment.Result assign(CandidatePool pool, List<Mentee> participants, CohortMode mode) {
        List<Mentor> asPeers = participants.stream().map(Mentee::asPeerMentor).toList();
        PeerProblem.Builder builder = PeerProblem.builder(participants.size());
        MentorRanking ranking = pool.ranking(asPeers);
        for (int i = 0; i < participants.size(); i++) {
            int first = i;
            ranking.forEachAllowed(participants.get(i).profile(), pool.history(), (second, score) -> {
                if (second > first) {
                    builder.edge(first, second, Math.round(score * SCORE_STEPS) / (double) SCORE_STEPS);
                }
            });
        }
        PeerSolution solution = PeerSolver.solve(builder.build(), mode);
        DraftLines draft = new DraftLines();
        for (PeerPair pair : solution.pairs()) {
            int first = Math.min(pair.first(), pair.second());
            int second = Math.max(pair.first(), pair.second());
            Mentee mentee = participants.get(first);
            Mentor peer = asPeers.get(second);
            draft.pair(mentee, peer, (ScoredPair) pool.assess(mentee, peer));
        }
        for (PeerUnmatched unmatched : solution.unmatched()) {
            draft.unmatched(participants.get(unmatched.participant()), switch (unmatched.reason()) {
                case NO_ALLOWED_PEER -> "NO_ALLOWED_MENTOR";
                case NOT_PAIRED -> "CAPACITY_TAKEN";
            });
        }
        int pairs = solution.pairs().size();
        return draft.result(participants.size(), 2 * pairs, solution.totalScore(), solution.totalScore() / pairs);
    }
}
