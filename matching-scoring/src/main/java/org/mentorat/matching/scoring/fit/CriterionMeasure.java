package org.mentorat.matching.scoring.fit;

import org.mentorat.matching.scoring.vocabulary.Criterion;
import org.mentorat.matching.scoring.vocabulary.PairInput;

/** Measures one criterion for a pair that passed the hard rules. */
public interface CriterionMeasure {

    Criterion criterion();

    Measure measure(PairInput pair);
}
