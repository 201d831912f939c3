package org.mentorat.matching.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Mentoring style and questionnaire fit: the mean of three parts, each 0.5 when a side did not say.
 * Style: the same → 1, either {@code FLEXIBLE} → 0.75, otherwise 0.25. Expectations: the share of
 * what the mentee expects that the mentor wants to give. Kinds: the share of the shorter list of
 * preferred kinds of mentoring that both picked.
 */
final class StyleFit implements CriterionMeasure {

    private static final String FLEXIBLE = "flexible";

    @Override
    public Criterion criterion() {
        return Criterion.STYLE;
    }

    @Override
    public Measure measure(PairInput pair) {
        List<Reason> reasons = new ArrayList<>();
        double style = style(pair.mentor().style(), pair.mentee().style());
        if (style == 1) {
            reasons.add(new Reason(ReasonCode.STYLE_FIT,
                    "The mentor's style is the one wanted: " + Text.key(pair.mentee().style()) + "."));
        }
        Set<String> expected = Text.keys(pair.mentee().expectations());
        Set<String> shared = Text.keys(pair.mentor().expectations());
        double expectations = Measure.UNKNOWN;
        if (!expected.isEmpty() && !shared.isEmpty()) {
            shared.retainAll(expected);
            expectations = (double) shared.size() / expected.size();
            if (!shared.isEmpty()) {
                reasons.add(new Reason(ReasonCode.SHARED_EXPECTATIONS,
                        "The mentor wants to give what the mentee expects: " + String.join(", ", shared) + "."));
            }
        }
        double kinds = overlapOfShorter(Text.keys(pair.mentor().preferredKinds()),
                Text.keys(pair.mentee().preferredKinds()));
        return new Measure((style + expectations + kinds) / 3, reasons);
    }

    private static double style(String mentorStyle, String menteeStyle) {
        if (!Text.known(mentorStyle) || !Text.known(menteeStyle)) {
            return Measure.UNKNOWN;
        }
        if (Text.same(mentorStyle, menteeStyle)) {
            return 1;
        }
        return Text.key(mentorStyle).equals(FLEXIBLE) || Text.key(menteeStyle).equals(FLEXIBLE) ? 0.75 : 0.25;
    }

    private static double overlapOfShorter(Set<String> one, Set<String> other) {
        if (one.isEmpty() || other.isEmpty()) {
            return Measure.UNKNOWN;
        }
        long shared = one.stream().filter(other::contains).count();
        return (double) shared / Math.min(one.size(), other.size());
    }
}
