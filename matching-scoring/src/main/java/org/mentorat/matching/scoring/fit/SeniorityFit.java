package org.mentorat.matching.scoring.fit;

import org.mentorat.matching.scoring.vocabulary.PairInput;
import org.mentorat.matching.scoring.vocabulary.ProgramType;
import org.mentorat.matching.scoring.vocabulary.ReasonCode;

/**
 * How well the seniority gap g (mentor − mentee; mentee − mentor in {@code REVERSE}) suits the
 * program. Mentoring: g &lt; 0 → 0; 0 ≤ g &lt; 2 → 0.3 + 0.35·g; 2 ≤ g ≤ 3 → 1 (close enough to
 * relate, far enough to guide); g &gt; 3 → max(0.2, 1 − 0.25·(g − 3)). Peers: 1 − |g| / 3, floored
 * at 0, because peers learn best from someone at their own level.
 */
public final class SeniorityFit {

    private SeniorityFit() {
    }

    static Measure measure(PairInput pair) {
        Integer gap = pair.seniorityGap();
        if (gap == null) {
            return Measure.of(Measure.UNKNOWN);
        }
        boolean peer = pair.program().type() == ProgramType.PEER;
        double value = value(pair.program().type(), gap);
        if (value < 0.6) {
            return Measure.of(value);
        }
        String sentence;
        if (peer) {
            sentence = "They are at a similar level of seniority.";
        } else if (pair.program().type() == ProgramType.REVERSE) {
            sentence = "The mentee is " + levels(gap) + " more senior, a good gap for reverse mentoring.";
        } else {
            sentence = "The mentor is " + levels(gap) + " more senior, a good gap for mentoring.";
        }
        return Measure.of(value, ReasonCode.SENIORITY_FIT, sentence);
    }

    private static String levels(int gap) {
        return gap == 1 ? "1 level" : gap + " levels";
    }

    /** The value for a known gap, shared with {@code MentorRanking}'s allocation-free scoring. */
    public static double value(ProgramType type, int gap) {
        return type == ProgramType.PEER ? Math.max(0, 1 - Math.abs(gap) / 3.0) : mentoringValue(gap);
    }

    private static double mentoringValue(int gap) {
        if (gap < 0) {
            return 0;
        }
        if (gap < 2) {
            return 0.3 + 0.35 * gap;
        }
        return gap <= 3 ? 1 : Math.max(0.2, 1 - 0.25 * (gap - 3));
    }
}
