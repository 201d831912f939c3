package org.mentorat.matching.scoring.rule;

import java.util.Optional;
import org.mentorat.matching.scoring.vocabulary.Exclusion;
import org.mentorat.matching.scoring.vocabulary.PairInput;
import org.mentorat.matching.scoring.vocabulary.RuleCode;

/** An explicit block (by either person or an administrator) always wins. */
final class BlockRule implements HardRule {

    @Override
    public Optional<Exclusion> check(PairInput pair) {
        return pair.history().isBlocked(pair.mentor().personId(), pair.mentee().personId())
                ? HardRule.exclude(RuleCode.BLOCKED, "This pair is explicitly blocked.")
                : Optional.empty();
    }
}
