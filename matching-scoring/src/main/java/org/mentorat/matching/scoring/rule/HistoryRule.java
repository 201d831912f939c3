package org.mentorat.matching.scoring.rule;

import java.util.Optional;
import org.mentorat.matching.scoring.vocabulary.Exclusion;
import org.mentorat.matching.scoring.vocabulary.PairInput;
import org.mentorat.matching.scoring.vocabulary.RuleCode;

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
