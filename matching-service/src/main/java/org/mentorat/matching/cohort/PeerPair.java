package org.mentorat.matching.cohort;

/** Two participants paired with each other ({@code first < second}), with the pair's score. */
public record PeerPair(int first, int second, double score) {
}
