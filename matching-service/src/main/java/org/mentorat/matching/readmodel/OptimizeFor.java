package org.mentorat.matching.readmodel;

import java.util.Locale;
import java.util.Optional;

/** What a cohort run maximises first: the quality of the pairs, or how many mentees get one. */
public enum OptimizeFor {
    QUALITY, COVERAGE;

    /** The value named in any case, if it is one. */
    public static Optional<OptimizeFor> parse(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        for (OptimizeFor value : values()) {
            if (value.name().equals(upper)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
