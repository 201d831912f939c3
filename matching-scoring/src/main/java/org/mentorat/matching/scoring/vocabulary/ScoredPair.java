package org.mentorat.matching.scoring.vocabulary;

import java.util.List;

/**
 * A pair that passed the hard rules, with its score in [0, 1], each criterion's contribution (in
 * the order of {@link Criterion}, summing to the score) and the reasons worth telling people.
 */
public record ScoredPair(double score, List<Contribution> contributions, List<Reason> reasons)
        implements PairAssessment {

    public ScoredPair {
        contributions = List.copyOf(contributions);
        reasons = List.copyOf(reasons);
    }

    @Override
    public boolean excluded() {
        return false;
    }

    public Contribution contributionOf(Criterion criterion) {
        return contributions.stream().filter(c -> c.criterion() == criterion).findFirst().orElseThrow();
    }
}
