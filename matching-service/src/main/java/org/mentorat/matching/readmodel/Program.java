package org.mentorat.matching.readmodel;

import java.time.Duration;
import org.mentorat.matching.scoring.vocabulary.ProgramRules;
import org.mentorat.matching.scoring.vocabulary.ProgramType;

/**
 * A published program as matching runs it.
 *
 * @param optimizeFor what the program's cohort runs maximise first unless a run asks otherwise
 * @param closed profile-service closed it: nobody is proposed in it any more
 */
public record Program(String programId, ProgramRules rules, MatchingMode matchingMode, OptimizeFor optimizeFor,
        int suggestionsShown, int proposalExpiryDays, boolean closed) {

    /** An open program. */
    public Program(String programId, ProgramRules rules, MatchingMode matchingMode, OptimizeFor optimizeFor,
            int suggestionsShown, int proposalExpiryDays) {
        this(programId, rules, matchingMode, optimizeFor, suggestionsShown, proposalExpiryDays, false);
    }

    public boolean menteesChoose() {
        return matchingMode == MatchingMode.MENTEE_CHOOSES;
    }

    public boolean peer() {
        return rules.type() == ProgramType.PEER;
    }

    public Duration proposalWindow() {
        return Duration.ofDays(Math.max(1, proposalExpiryDays));
    }
}
