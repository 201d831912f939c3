package org.mentorat.solver.peer;

/** A participant left without a peer, and why. */
public record PeerUnmatched(int participant, PeerUnmatchedReason reason) {
}
