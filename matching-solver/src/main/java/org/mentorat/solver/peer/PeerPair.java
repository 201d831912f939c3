package org.mentorat.solver.peer;

/** Two participants paired with each other ({@code first < second}), with the pair's score. */
public record PeerPair(int first, int second, double score) {
}
