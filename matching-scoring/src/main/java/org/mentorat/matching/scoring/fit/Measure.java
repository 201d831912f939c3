package org.mentorat.matching.scoring.fit;

import java.util.List;
import org.mentorat.matching.scoring.vocabulary.Reason;
import org.mentorat.matching.scoring.vocabulary.ReasonCode;

/** A criterion's value for a pair, in [0, 1], with the reasons it can give for it. */
public record Measure(double value, List<Reason> reasons) {

    /** Used when a side did not say: neither rewards nor punishes the pair. */
    public static final double UNKNOWN = 0.5;

    public Measure {
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
