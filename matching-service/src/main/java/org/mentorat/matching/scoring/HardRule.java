package org.mentorat.matching.scoring;

import java.util.Optional;

/** One rule that may exclude a pair before it is scored, however well it would score. */
interface HardRule {

    Optional<Exclusion> check(PairInput pair);

    static Optional<Exclusion> exclude(RuleCode code, String reason) {
        return Optional.of(new Exclusion(code, reason));
    }
}
