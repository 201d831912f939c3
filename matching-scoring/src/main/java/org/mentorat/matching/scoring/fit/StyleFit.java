package org.mentorat.matching.scoring.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mentorat.matching.scoring.vocabulary.PairInput;
import org.mentorat.matching.scoring.vocabulary.Reason;
import org.mentorat.matching.scoring.vocabulary.ReasonCode;
import org.mentorat.matching.scoring.vocabulary.Text;

/**
 * Mentoring style and questionnaire fit: the mean of three parts, each 0.5 when a side did not say.
 * Style: the same → 1, either {@code FLEXIBLE} → 0.75, otherwise 0.25. Expectations: the share of
 * what the mentee expects that the mentor wants to give. Kinds: the share of the shorter list of
 * preferred kinds of mentoring that both picked.
 */
public final class StyleFit {

    private static final String FLEXIBLE = "flexible";

    private StyleFit() {
    }

    static Measure measure(PairInput pair) {
        List<Reason> reasons = new ArrayList<>();
        double style = style(pair.mentor().style(), pair.mentee().style());
        if (style == 1) {
            reasons.add(new Reason(ReasonCode.STYLE_FIT,
                    "The mentor's style is the one wanted: " + Text.key(pair.mentee().style()) + "."));
        }
        Set<String> expected = Text.keys(pair.mentee().expectations());
        Set<String> shared = Text.keys(pair.mentor().expectations());
        int offered = shared.size();
        shared.retainAll(expected);
        double expectations = expectations(shared.size(), expected.size(), offered);
        if (!shared.isEmpty()) {
            reasons.add(new Reason(ReasonCode.SHARED_EXPECTATIONS,
                    "The mentor wants to give what the mentee expects: " + String.join(", ", shared) + "."));
        }
        double kinds = overlapOfShorter(Text.keys(pair.mentor().preferredKinds()),
                Text.keys(pair.mentee().preferredKinds()));
        return new Measure(value(style, expectations, kinds), reasons);
    }

    /**
     * The three parts and their mean, each a function of counts and flags so that {@link
     * MentorRanking} computes exactly the same doubles without building sets.
     */
    public static double value(double style, double expectations, double kinds) {
        return (style + expectations + kinds) / 3;
    }

    public static boolean flexible(String style) {
        return Text.key(style).equals(FLEXIBLE);
    }

    public static double style(boolean bothKnown, boolean same, boolean eitherFlexible) {
        if (!bothKnown) {
            return Measure.UNKNOWN;
        }
        if (same) {
            return 1;
        }
        return eitherFlexible ? 0.75 : 0.25;
    }

    /** The share of {@code expected} that is also {@code offered}: {@code shared / expected}, unknown if either is 0. */
    public static double expectations(int shared, int expected, int offered) {
        return expected == 0 || offered == 0 ? Measure.UNKNOWN : (double) shared / expected;
    }

    /** {@code shared / min(one, other)}, unknown if either list is empty. */
    public static double overlapOfShorter(int shared, int one, int other) {
        return one == 0 || other == 0 ? Measure.UNKNOWN : (double) shared / Math.min(one, other);
    }

    private static double style(String mentorStyle, String menteeStyle) {
        return style(Text.known(mentorStyle) && Text.known(menteeStyle), Text.same(mentorStyle, menteeStyle),
                flexible(mentorStyle) || flexible(menteeStyle));
    }

    private static double overlapOfShorter(Set<String> one, Set<String> other) {
        long shared = one.stream().filter(other::contains).count();
        return overlapOfShorter((int) shared, one.size(), other.size());
    }
}
