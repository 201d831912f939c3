package org.mentorat.matching.scoring;

import java.util.Set;

/** One shared language is enough to talk; unknown languages neither help nor hurt. */
final class LanguageFit implements CriterionMeasure {

    @Override
    public Criterion criterion() {
        return Criterion.LANGUAGES;
    }

    @Override
    public Measure measure(PairInput pair) {
        Set<String> shared = Text.keys(pair.mentor().languages());
        Set<String> menteeLanguages = Text.keys(pair.mentee().languages());
        if (shared.isEmpty() || menteeLanguages.isEmpty()) {
            return Measure.of(Measure.UNKNOWN);
        }
        shared.retainAll(menteeLanguages);
        return shared.isEmpty()
                ? Measure.of(0)
                : Measure.of(1, ReasonCode.SHARED_LANGUAGE, "They both speak " + String.join(", ", shared) + ".");
    }
}
