package org.mentorat.matching.scoring.rule;

import java.util.Optional;
import org.mentorat.matching.scoring.vocabulary.DepartmentPolicy;
import org.mentorat.matching.scoring.vocabulary.Exclusion;
import org.mentorat.matching.scoring.vocabulary.PairInput;
import org.mentorat.matching.scoring.vocabulary.RuleCode;
import org.mentorat.matching.scoring.vocabulary.Text;

/**
 * Enforces the program's same- or different-department rule. An unknown department cannot prove
 * the rule holds, and hard rules must never be broken, so it excludes rather than guesses.
 */
final class DepartmentRule implements HardRule {

    @Override
    public Optional<Exclusion> check(PairInput pair) {
        DepartmentPolicy policy = pair.program().department();
        if (policy == DepartmentPolicy.ANY) {
            return Optional.empty();
        }
        String mentorDepartment = pair.mentor().department();
        String menteeDepartment = pair.mentee().department();
        if (!Text.known(mentorDepartment) || !Text.known(menteeDepartment)) {
            return HardRule.exclude(RuleCode.DEPARTMENT_RULE,
                    "The program requires " + (policy == DepartmentPolicy.SAME ? "the same" : "different")
                            + " departments, and a department is unknown.");
        }
        boolean same = Text.same(mentorDepartment, menteeDepartment);
        if (policy == DepartmentPolicy.SAME && !same) {
            return HardRule.exclude(RuleCode.DEPARTMENT_RULE, "The program requires the same department, but "
                    + mentorDepartment + " is not " + menteeDepartment + ".");
        }
        if (policy == DepartmentPolicy.DIFFERENT && same) {
            return HardRule.exclude(RuleCode.DEPARTMENT_RULE,
                    "The program requires different departments, and both are in " + menteeDepartment + ".");
        }
        return Optional.empty();
    }
}
