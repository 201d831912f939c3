package org.mentorat.matching.scoring.vocabulary;

/**
 * One criterion's part in a score: its raw value in [0, 1], the program's weight for it, and the
 * contribution {@code weight × value / Σ weights}, so that contributions add up to the score.
 */
public record Contribution(Criterion criterion, double value, double weight, double contribution) {
}
