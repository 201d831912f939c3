package org.mentorat.matching.match;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.mentorat.matching.scoring.vocabulary.Exclusion;
import org.mentorat.matching.scoring.vocabulary.ScoredPair;

/** How an explanation reads in the API, shared by matches, suggestions and "why not this mentor?". */
public final class ExplanationViews {

    /** An explanation has one contribution per criterion and a reason for a few of them: far fewer than this. */
    public static final int MAX_ITEMS = 32;
    /** Criterion, reason and rule codes are enum names. */
    static final int MAX_CODE = 64;
    /** A sentence explaining a reason or an exclusion. */
    static final int MAX_TEXT = 1000;

    private ExplanationViews() {
    }

    /** One criterion: its value in [0, 1], the program's weight, and its share of the score. */
    public record ContributionView(@Schema(maxLength = MAX_CODE) String criterion, double value, double weight, double contribution) {
    }

    public record ReasonView(@Schema(maxLength = MAX_CODE) String code, @Schema(maxLength = MAX_TEXT) String text) {
    }

    public record ExclusionView(@Schema(maxLength = MAX_CODE) String rule, @Schema(maxLength = MAX_TEXT) String text) {
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
