package org.mentorat.matching.scoring.rule;

import java.util.Optional;
import java.util.Set;
import org.mentorat.matching.scoring.vocabulary.Exclusion;
import org.mentorat.matching.scoring.vocabulary.PairInput;
import org.mentorat.matching.scoring.vocabulary.RuleCode;
import org.mentorat.matching.scoring.vocabulary.Text;

/** When the program requires it, a pair must share at least one language to talk at all. */
final class SharedLanguageRule implements HardRule {

    @Override
    public Optional<Exclusion> check(PairInput pair) {
        if (!pair.program().requireSharedLanguage()) {
            return Optional.empty();
        }
        Set<String> shared = Text.keys(pair.mentor().languages());
        shared.retainAll(Text.keys(pair.mentee().languages()));
        return shared.isEmpty()
                ? HardRule.exclude(RuleCode.NO_SHARED_LANGUAGE, "They have no language in common.")
                : Optional.empty();
    }
}
