package org.mentorat.matching.scoring.vocabulary;

/**
 * The outcome of judging a pair: either scored with its explanation, or excluded with the hard
 * rules that excluded it. Both are explanations, which is what "why not this mentor?" shows.
 */
public sealed interface PairAssessment permits ScoredPair, ExcludedPair {

    boolean excluded();
}
