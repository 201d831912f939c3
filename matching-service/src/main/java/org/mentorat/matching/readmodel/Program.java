package org.mentorat.matching.readmodel;

import java.time.Duration;
import org.mentorat.matching.scoring.ProgramRules;
import org.mentorat.matching.scoring.ProgramType;

/**
 * A published program as matching runs it.
 *
 * @param matchingMode {@code MENTEE_CHOOSES} (mentees pick from suggestions; a mentee whose mentor
 *     leaves is re-suggested) or {@code ADMIN_COHORT} (administrators run cohorts; a mentee whose
 *     mentor leaves is re-matched automatically within the seats left)
 * @param optimizeFor {@code QUALITY} or {@code COVERAGE}
 */
public record Program(String programId, ProgramRules rules, String matchingMode, String optimizeFor,
        int suggestionsShown, int proposalExpiryDays) {

    public boolean menteesChoose() {
        return "MENTEE_CHOOSES".equals(matchingMode);
    }

    public boolean peer() {
        return rules.type() == ProgramType.PEER;
    }

    public Duration proposalWindow() {
        return Duration.ofDays(Math.max(1, proposalExpiryDays));
    }
}
