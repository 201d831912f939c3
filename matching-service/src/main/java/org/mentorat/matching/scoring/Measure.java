package org.mentorat.matching.scoring;

import java.util.List;

/** A criterion's value for a pair, in [0, 1], with the reasons it can give for it. */
record Measure(double value, List<Reason> reasons) {

    /** Used when a side did not say: neither rewards nor punishes the pair. */
    static final double UNKNOWN = 0.5;

    Measure {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalStateException("a criterion value must be in [0, 1]: " + value);
        }
        reasons = List.copyOf(reasons);
    }

    static Measure of(double value) {
        return new Measure(value, List.of());
    }

    static Measure of(double value, ReasonCode code, String sentence) {
        return new Measure(value, List.of(new Reason(code, sentence)));
    }
}
