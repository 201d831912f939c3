package org.mentorat.profile.program;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * How matching runs this program: criteria weights, hard rules, what a cohort run optimises,
 * how many suggestions a mentee sees and how long a proposal waits for answers.
 */
record MatchingSettings(
        @Valid CriteriaWeights weights,
        @Valid HardRules rules,
        OptimizeFor optimizeFor,
        @Min(1) @Max(20) Integer suggestionsShown,
        @Min(1) @Max(90) Integer proposalExpiryDays) {

    MatchingSettings withDefaults() {
        return new MatchingSettings(
                (weights == null ? CriteriaWeights.DEFAULTS : weights).withDefaults(),
                (rules == null ? new HardRules(null, null, null, null, null) : rules).withDefaults(),
                optimizeFor == null ? OptimizeFor.QUALITY : optimizeFor,
                suggestionsShown == null ? 5 : suggestionsShown,
                proposalExpiryDays == null ? 7 : proposalExpiryDays);
    }
}
