package org.mentorat.matching.matchingrun;

import java.util.List;
import org.mentorat.matching.cohort.CohortMode;
import org.mentorat.matching.readmodel.Mentee;
import org.mentorat.matching.suggestion.CandidatePool;

/** Pairs the participants of a peer program with each other. */
final class PeerAssignment {

    private PeerAssignment() {
    }

    static CohortAssignment.Result assign(CandidatePool pool, List<Mentee> participants, CohortMode mode) {
        throw new UnsupportedOperationException("peer cohorts are not supported yet");
    }
}
