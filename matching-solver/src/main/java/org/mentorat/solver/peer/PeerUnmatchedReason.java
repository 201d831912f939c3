package org.mentorat.solver.peer;

/** Why a participant came out of a peer run without a peer. */
public enum PeerUnmatchedReason {
    /** The hard rules left the participant no peer at all. */
    NO_ALLOWED_PEER,
    /** Every allowed peer went to someone else (or, quality first, pairing would lower the total). */
    NOT_PAIRED
}
