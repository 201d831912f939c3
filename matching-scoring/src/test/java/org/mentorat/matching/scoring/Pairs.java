package org.mentorat.matching.scoring;

import org.mentorat.matching.scoring.vocabulary.Candidate;
import org.mentorat.matching.scoring.vocabulary.PairHistory;
import org.mentorat.matching.scoring.vocabulary.PairInput;
import org.mentorat.matching.scoring.vocabulary.ProgramRules;
import org.mentorat.matching.scoring.vocabulary.ProgramType;
import org.mentorat.matching.scoring.vocabulary.ReportingLines;
import org.mentorat.matching.scoring.vocabulary.Weights;

/** Object mother for pairs: a lenient one-to-one program with equal weights and a free seat. */
final class Pairs {

    static final ProgramRules ONE_TO_ONE = ProgramRules.lenient(ProgramType.ONE_TO_ONE, Weights.equal());

    private Pairs() {
    }

    static PairInput pair(People mentor, People mentee) {
        return pair(mentor.build(), mentee.build(), ONE_TO_ONE);
    }

    static PairInput pair(Candidate mentor, Candidate mentee, ProgramRules program) {
        return new PairInput(mentor, mentee, program, ReportingLines.none(), PairHistory.empty(), 1);
    }

    static ProgramRules program(ProgramType type) {
        return ProgramRules.lenient(type, Weights.equal());
    }
}
