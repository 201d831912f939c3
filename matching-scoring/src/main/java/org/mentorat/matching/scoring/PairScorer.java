package org.mentorat.matching.scoring;

import java.util.ArrayList;
import java.util.List;
import org.mentorat.matching.scoring.fit.CriterionMeasure;
import org.mentorat.matching.scoring.fit.Measure;
import org.mentorat.matching.scoring.rule.HardRules;
import org.mentorat.matching.scoring.vocabulary.Contribution;
import org.mentorat.matching.scoring.vocabulary.ExcludedPair;
import org.mentorat.matching.scoring.vocabulary.Exclusion;
import org.mentorat.matching.scoring.vocabulary.PairAssessment;
import org.mentorat.matching.scoring.vocabulary.PairInput;
import org.mentorat.matching.scoring.vocabulary.Reason;
import org.mentorat.matching.scoring.vocabulary.ScoredPair;
import org.mentorat.matching.scoring.vocabulary.Weights;

/**
 * Judges a pair: the hard rules first, then score = Σ weightᵢ × valueᵢ / Σ weightᵢ over the
 * criteria. The score is computed as the sum of the contributions themselves, so that what the
 * explanation shows adds up to the score exactly. A criterion of weight 0 still shows its value but
 * contributes nothing and gives no reason; with all weights 0 every pair scores 0.
 */
public final class PairScorer {

    private PairScorer() {
    }

    public static PairAssessment assess(PairInput pair) {
        List<Exclusion> exclusions = HardRules.check(pair);
        return exclusions.isEmpty() ? score(pair) : new ExcludedPair(exclusions);
    }

    /** Scores without the hard rules, for showing what an excluded pair would have scored. */
    public static ScoredPair score(PairInput pair) {
        Weights weights = pair.program().weights();
        double total = weights.total();
        List<Contribution> contributions = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>();
        double score = 0;
        for (CriterionMeasure criterion : CriterionMeasure.ALL) {
            Measure measure = criterion.measure(pair);
            double weight = weights.of(criterion.criterion());
            double contribution = total == 0 ? 0 : weight * measure.value() / total;
            contributions.add(new Contribution(criterion.criterion(), measure.value(), weight, contribution));
            if (weight > 0) {
                reasons.addAll(measure.reasons());
            }
            score += contribution;
        }
        return new ScoredPair(Math.min(1.0, score), contributions, reasons);
    }
}
