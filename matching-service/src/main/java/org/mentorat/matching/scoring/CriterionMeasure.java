package org.mentorat.matching.scoring;

/** Measures one criterion for a pair that passed the hard rules. */
interface CriterionMeasure {

    Criterion criterion();

    Measure measure(PairInput pair);
}
