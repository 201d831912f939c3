package org.mentorat.matching.scoring.rule;

import java.util.Optional;
import org.mentorat.matching.scoring.vocabulary.Exclusion;
import org.mentorat.matching.scoring.vocabulary.PairInput;
import org.mentorat.matching.scoring.vocabulary.RuleCode;

/** One rule that may exclude a pair before it is scored, however well it would score. */
interface HardRule {

    Optional<Exclusion> check(PairInput pair);

    static Optional<Exclusion> exclude(RuleCode code, String reason) {
        return Optional.of(new Exclusion(code, reason));
    }
}
