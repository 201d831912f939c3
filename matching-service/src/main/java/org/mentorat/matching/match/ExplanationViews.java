package org.mentorat.matching.match;

import java.util.List;
import org.mentorat.matching.scoring.vocabulary.Exclusion;
import org.mentorat.matching.scoring.vocabulary.ScoredPair;

/** How an explanation reads in the API, shared by matches, suggestions and "why not this mentor?". */
public final class ExplanationViews {

    private ExplanationViews() {
    }

    /** One criterion: its value in [0, 1], the program's weight, and its share of the score. */
    public record ContributionView(String criterion, double value, double weight, double contribution) {
    }

    public record ReasonView(String code, String text) {
    }

    public record ExclusionView(String rule, String text) {
    }

    public static List<ContributionView> contributions(ScoredPair scored) {
        return scored.contributions().stream().map(c -> new ContributionView(c.criterion().name(), c.value(),
                c.weight(), c.contribution())).toList();
    }

    public static List<ReasonView> reasons(ScoredPair scored) {
        return scored.reasons().stream().map(r -> new ReasonView(r.code().name(), r.sentence())).toList();
    }

    public static List<ExclusionView> exclusions(List<Exclusion> exclusions) {
        return exclusions.stream().map(e -> new ExclusionView(e.code().name(), e.reason())).toList();
    }
}
