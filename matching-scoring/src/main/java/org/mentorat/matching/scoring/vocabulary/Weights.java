package org.mentorat.matching.scoring.vocabulary;

import java.util.EnumMap;
import java.util.Map;

/**
 * A program's weight per criterion, each at least 0. A criterion not given weighs 0, which removes
 * it from the score; only the ratios matter because the score divides by the total weight.
 */
public record Weights(Map<Criterion, Double> byCriterion) {

    public Weights {
        EnumMap<Criterion, Double> copy = new EnumMap<>(Criterion.class);
        byCriterion.forEach((criterion, weight) -> {
            if (weight == null || !(weight >= 0) || weight.isInfinite()) {
                throw new IllegalArgumentException("weight of " + criterion + " must be a finite number >= 0: " + weight);
            }
            copy.put(criterion, weight);
        });
        byCriterion = Map.copyOf(copy);
    }

    /** Every criterion weighs the same: a sensible default when a program says nothing. */
    public static Weights equal() {
        EnumMap<Criterion, Double> all = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            all.put(criterion, 1.0);
        }
        return new Weights(all);
    }

    public double of(Criterion criterion) {
        return byCriterion.getOrDefault(criterion, 0.0);
    }

    public Weights with(Criterion criterion, double weight) {
        EnumMap<Criterion, Double> changed = new EnumMap<>(Criterion.class);
        changed.putAll(byCriterion);
        changed.put(criterion, weight);
        return new Weights(changed);
    }

    public double total() {
        double total = 0;
        for (Criterion criterion : Criterion.values()) {
            total += of(criterion);
        }
        return total;
    }
}
