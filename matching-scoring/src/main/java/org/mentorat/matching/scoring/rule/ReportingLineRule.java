package org.mentorat.matching.scoring.rule;

import java.util.List;
import java.util.Optional;
import org.mentorat.matching.scoring.vocabulary.Candidate;
import org.mentorat.matching.scoring.vocabulary.Exclusion;
import org.mentorat.matching.scoring.vocabulary.PairInput;
import org.mentorat.matching.scoring.vocabulary.ReportingLines;
import org.mentorat.matching.scoring.vocabulary.RuleCode;
import org.mentorat.matching.scoring.vocabulary.Text;

/**
 * Excludes a pair where one person is up to N levels above the other in the manager chain: a
 * manager (or their manager) cannot be a candid mentor. Both directions are walked because in
 * reverse and peer programs the senior person may be the mentee.
 */
final class ReportingLineRule implements HardRule {

    @Override
    public Optional<Exclusion> check(PairInput pair) {
        int levels = pair.program().reportingLineLevels();
        if (levels == 0) {
            return Optional.empty();
        }
        int mentorAbove = levelsAbove(pair.mentee(), pair.mentor().employeeNumber(), levels, pair.reportingLines());
        if (mentorAbove > 0) {
            return HardRule.exclude(RuleCode.SAME_REPORTING_LINE,
                    "The mentor is " + levelsText(mentorAbove) + " above the mentee in the same reporting line.");
        }
        int menteeAbove = levelsAbove(pair.mentor(), pair.mentee().employeeNumber(), levels, pair.reportingLines());
        if (menteeAbove > 0) {
            return HardRule.exclude(RuleCode.SAME_REPORTING_LINE,
                    "The mentee is " + levelsText(menteeAbove) + " above the mentor in the same reporting line.");
        }
        return Optional.empty();
    }

    /**
     * How many levels above {@code person} the employee {@code target} is, walking at most
     * {@code maxLevels} steps up; 0 when not found. A visited set stops at a cycle in bad HR data.
     */
    private static int levelsAbove(Candidate person, String target, int maxLevels, ReportingLines lines) {
        if (!Text.known(target)) {
            return 0;
        }
        List<String> managers = lines.managersOf(person, maxLevels);
        for (int level = 1; level <= managers.size(); level++) {
            if (Text.same(managers.get(level - 1), target)) {
                return level;
            }
        }
        return 0;
    }

    private static String levelsText(int levels) {
        return levels == 1 ? "the direct manager, one level" : levels + " levels";
    }
}
