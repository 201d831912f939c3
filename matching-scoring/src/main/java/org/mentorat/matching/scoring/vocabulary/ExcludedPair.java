package org.mentorat.matching.scoring.vocabulary;

import java.util.List;

/** A pair the hard rules exclude, with every rule that did (never empty). */
public record ExcludedPair(List<Exclusion> exclusions) implements PairAssessment {

    public ExcludedPair {
        exclusions = List.copyOf(exclusions);
        if (exclusions.isEmpty()) {
            throw new IllegalArgumentException("an excluded pair needs at least one exclusion");
        }
    }

    @Override
    public boolean excluded() {
        return true;
    }
}
