package org.mentorat.profile.program;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.mentorat.events.profile.ProgramPublished;

/**
 * Rules that exclude a pair before it is scored.
 *
 * @param reportingLineLevels no mentor up to this many levels above or below the mentee in the
 *     same reporting line; 0 turns the rule off
 * @param minSeniorityGap the mentor's seniority level minus the mentee's (the other way round in a
 *     {@code REVERSE} program) must be at least this; null for no minimum
 * @param maxSeniorityGap the same gap at most this; null for no maximum
 */
record HardRules(
        @Min(0) @Max(10) Integer reportingLineLevels,
        Boolean requireSharedLanguage,
        DepartmentRule department,
        @Min(-9) @Max(9) Integer minSeniorityGap,
        @Min(-9) @Max(9) Integer maxSeniorityGap) {

    HardRules withDefaults() {
        return new HardRules(reportingLineLevels == null ? 1 : reportingLineLevels,
                requireSharedLanguage == null || requireSharedLanguage,
                department == null ? DepartmentRule.ANY : department, minSeniorityGap, maxSeniorityGap);
    }

    ProgramPublished.HardRules published() {
        return new ProgramPublished.HardRules(reportingLineLevels, requireSharedLanguage, department.name(),
                minSeniorityGap, maxSeniorityGap);
    }
}
