package org.mentorat.matching.scoring.fit;

import org.mentorat.matching.scoring.vocabulary.DepartmentPolicy;
import org.mentorat.matching.scoring.vocabulary.PairInput;
import org.mentorat.matching.scoring.vocabulary.ReasonCode;
import org.mentorat.matching.scoring.vocabulary.Text;

/**
 * Department diversity as the program wants it: a {@code SAME} program values the same department
 * (1, else 0); {@code DIFFERENT} and {@code ANY} programs value a different one, because a view
 * from outside one's own team is much of what cross-company mentoring offers. Unknown → 0.5.
 */
public final class DepartmentFit {

    private DepartmentFit() {
    }

    static Measure measure(PairInput pair) {
        String mentorDepartment = pair.mentor().department();
        String menteeDepartment = pair.mentee().department();
        boolean known = Text.known(mentorDepartment) && Text.known(menteeDepartment);
        boolean same = Text.same(mentorDepartment, menteeDepartment);
        DepartmentPolicy policy = pair.program().department();
        double value = value(policy, known, same);
        if (value < 1) {
            return Measure.of(value);
        }
        return policy == DepartmentPolicy.SAME
                ? Measure.of(1, ReasonCode.SAME_DEPARTMENT, "They both work in " + menteeDepartment + ".")
                : Measure.of(1, ReasonCode.DIVERSE_DEPARTMENTS, "They bring different departments together: "
                        + mentorDepartment + " and " + menteeDepartment + ".");
    }

    /** The value alone, shared with {@code MentorRanking}'s allocation-free scoring. */
    public static double value(DepartmentPolicy policy, boolean bothKnown, boolean same) {
        if (!bothKnown) {
            return Measure.UNKNOWN;
        }
        return (policy == DepartmentPolicy.SAME) == same ? 1 : 0;
    }
}
