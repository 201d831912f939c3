package org.mentorat.matching.scoring.rule;

import java.util.List;
import java.util.Optional;
import org.mentorat.matching.scoring.vocabulary.Exclusion;
import org.mentorat.matching.scoring.vocabulary.PairInput;

/**
 * All hard rules, in a fixed order. Every rule that fails is reported, not just the first, so that
 * "why not this mentor?" tells the whole story (a pair may be both blocked and out of seats).
 */
public final class HardRules {

    private static final List<HardRule> RULES = List.of(
            new SelfRule(),
            new ReportingLineRule(),
            new SharedLanguageRule(),
            new DepartmentRule(),
            new SeniorityGapRule(),
            new CapacityRule(),
            new HistoryRule(),
            new BlockRule());

    private HardRules() {
    }

    public static List<Exclusion> check(PairInput pair) {
        return RULES.stream().map(rule -> rule.check(pair)).flatMap(Optional::stream).toList();
    }
}
