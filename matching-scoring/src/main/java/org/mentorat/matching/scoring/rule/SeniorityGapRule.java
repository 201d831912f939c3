package org.mentorat.matching.scoring.rule;

import java.util.Optional;
import org.mentorat.matching.scoring.vocabulary.Exclusion;
import org.mentorat.matching.scoring.vocabulary.PairInput;
import org.mentorat.matching.scoring.vocabulary.RuleCode;

/**
 * Keeps the seniority gap (mentor minus mentee, the reverse in {@code REVERSE} programs) within the
 * program's bounds. Unknown levels cannot prove the bounds hold, so they exclude when bounds exist.
 */
final class SeniorityGapRule implements HardRule {

    @Override
    public Optional<Exclusion> check(PairInput pair) {
        Integer min = pair.program().minSeniorityGap();
        Integer max = pair.program().maxSeniorityGap();
        if (min == null && max == null) {
            return Optional.empty();
        }
        Integer gap = pair.seniorityGap();
        if (gap == null) {
            return HardRule.exclude(RuleCode.SENIORITY_GAP,
                    "The program bounds the seniority gap, and a seniority level is unknown.");
        }
        if ((min != null && gap < min) || (max != null && gap > max)) {
            return HardRule.exclude(RuleCode.SENIORITY_GAP, "The seniority gap is " + gap + ", outside the program's "
                    + bounds(min, max) + ".");
        }
        return Optional.empty();
    }

    private static String bounds(Integer min, Integer max) {
        if (min == null) {
            return "maximum of " + max;
        }
        return max == null ? "minimum of " + min : "range " + min + " to " + max;
    }
}
