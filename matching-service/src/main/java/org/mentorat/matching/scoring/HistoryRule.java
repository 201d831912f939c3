package org.mentorat.matching.scoring;

import java.util.Optional;

/** A pair that was declined or ended before is not proposed again: someone already said no. */
final class HistoryRule implements HardRule {

    @Override
    public Optional<Exclusion> check(PairInput pair) {
        return pair.history().wasDeclinedOrEnded(pair.mentor().personId(), pair.mentee().personId())
                ? HardRule.exclude(RuleCode.PREVIOUSLY_DECLINED_OR_ENDED,
                        "This pair was declined or ended before.")
                : Optional.empty();
    }
}
