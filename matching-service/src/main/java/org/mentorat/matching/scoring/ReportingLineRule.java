package org.mentorat.matching.scoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
        List<String> managers = managers(person, maxLevels, lines);
        for (int level = 1; level <= managers.size(); level++) {
            if (Text.same(managers.get(level - 1), target)) {
                return level;
            }
        }
        return 0;
    }

    /**
     * The employee numbers of the managers above {@code person} (all known), nearest first, at most {@code maxLevels} of
     * them; the walk ends after the first manager seen twice. Shared with {@link MentorRanking}, which
     * walks each mentor's chain once and each mentee's once instead of once per pair.
     */
    static List<String> managers(Candidate person, int maxLevels, ReportingLines lines) {
        List<String> managers = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        visited.add(Text.key(person.employeeNumber()));
        String manager = Text.known(person.managerEmployeeNumber())
                ? person.managerEmployeeNumber()
                : lines.managerOf(person.employeeNumber()).orElse(null);
        for (int level = 1; level <= maxLevels && Text.known(manager); level++) {
            managers.add(manager);
            if (!visited.add(Text.key(manager))) {
                break;
            }
            manager = lines.managerOf(manager).orElse(null);
        }
        return managers;
    }

    private static String levelsText(int levels) {
        return levels == 1 ? "the direct manager, one level" : levels + " levels";
    }
}
