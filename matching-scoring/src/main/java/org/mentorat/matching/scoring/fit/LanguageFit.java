package org.mentorat.matching.scoring.fit;

import java.util.Set;
import org.mentorat.matching.scoring.vocabulary.PairInput;
import org.mentorat.matching.scoring.vocabulary.ReasonCode;
import org.mentorat.matching.scoring.vocabulary.Text;

/** One shared language is enough to talk; unknown languages neither help nor hurt. */
public final class LanguageFit {

    private LanguageFit() {
    }

    static Measure measure(PairInput pair) {
        Set<String> shared = Text.keys(pair.mentor().languages());
        Set<String> menteeLanguages = Text.keys(pair.mentee().languages());
        boolean bothSaid = !shared.isEmpty() && !menteeLanguages.isEmpty();
        shared.retainAll(menteeLanguages);
        double value = value(bothSaid, !shared.isEmpty());
        return value < 1
                ? Measure.of(value)
                : Measure.of(1, ReasonCode.SHARED_LANGUAGE, "They both speak " + String.join(", ", shared) + ".");
    }

    /** The value alone, shared with {@code MentorRanking}'s allocation-free scoring. */
    public static double value(boolean bothSaid, boolean anyShared) {
        if (!bothSaid) {
            return Measure.UNKNOWN;
        }
        return anyShared ? 1 : 0;
    }
}
