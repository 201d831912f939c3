package org.mentorat.matching.scoring.rule;

import java.util.Optional;
import org.mentorat.matching.scoring.vocabulary.Exclusion;
import org.mentorat.matching.scoring.vocabulary.PairInput;
import org.mentorat.matching.scoring.vocabulary.RuleCode;

/** A mentor with no seat left cannot take one more mentee, however good the fit. */
final class CapacityRule implements HardRule {

    @Override
    public Optional<Exclusion> check(PairInput pair) {
        return pair.mentorSeatsLeft() <= 0
                ? HardRule.exclude(RuleCode.CAPACITY_EXHAUSTED, "The mentor has no seat left.")
                : Optional.empty();
    }
}
