package org.mentorat.matching.scoring;

/**
 * Whether they can meet: the same location → 1; both fine with remote → 0.8; only one of them →
 * 0.4; neither → 0. An unknown location is 0.8 when both take remote, else 0.5 (we cannot tell).
 */
final class LocationFit implements CriterionMeasure {

    @Override
    public Criterion criterion() {
        return Criterion.LOCATION;
    }

    @Override
    public Measure measure(PairInput pair) {
        Candidate mentor = pair.mentor();
        Candidate mentee = pair.mentee();
        if (Text.same(mentor.location(), mentee.location())) {
            return Measure.of(1, ReasonCode.SAME_LOCATION, "They both work in " + mentee.location() + ".");
        }
        if (mentor.remoteOk() && mentee.remoteOk()) {
            return Measure.of(0.8, ReasonCode.REMOTE_FRIENDLY, "They can both meet remotely.");
        }
        if (!Text.known(mentor.location()) || !Text.known(mentee.location())) {
            return Measure.of(Measure.UNKNOWN);
        }
        return Measure.of(mentor.remoteOk() || mentee.remoteOk() ? 0.4 : 0);
    }
}
