package org.mentorat.matching.match;

/** What became of a proposal: made (or found made before), or refused because a side was taken. */
public record ProposalOutcome(Result result, Match match) {

    public enum Result {
        PROPOSED, ALREADY_PROPOSED, MENTEE_TAKEN, NO_SEAT
    }

    public boolean made() {
        return match != null;
    }
}
