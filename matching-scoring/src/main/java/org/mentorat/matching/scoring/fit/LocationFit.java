package org.mentorat.matching.scoring.fit;

import org.mentorat.matching.scoring.vocabulary.Candidate;
import org.mentorat.matching.scoring.vocabulary.PairInput;
import org.mentorat.matching.scoring.vocabulary.ReasonCode;
import org.mentorat.matching.scoring.vocabulary.Text;

/**
 * Whether they can meet: the same location → 1; both fine with remote → 0.8; only one of them →
 * 0.4; neither → 0. An unknown location is 0.8 when both take remote, else 0.5 (we cannot tell).
 */
public final class LocationFit {

    private LocationFit() {
    }

    static Measure measure(PairInput pair) {
        Candidate mentor = pair.mentor();
        Candidate mentee = pair.mentee();
        boolean same = Text.same(mentor.location(), mentee.location());
        boolean bothKnown = Text.known(mentor.location()) && Text.known(mentee.location());
        double value = value(same, bothKnown, mentor.remoteOk(), mentee.remoteOk());
        if (same) {
            return Measure.of(value, ReasonCode.SAME_LOCATION, "They both work in " + mentee.location() + ".");
        }
        return mentor.remoteOk() && mentee.remoteOk()
                ? Measure.of(value, ReasonCode.REMOTE_FRIENDLY, "They can both meet remotely.")
                : Measure.of(value);
    }

    /** The value alone, shared with {@code MentorRanking}'s allocation-free scoring. */
    public static double value(boolean sameLocation, boolean bothKnown, boolean mentorRemote, boolean menteeRemote) {
        if (sameLocation) {
            return 1;
        }
        if (mentorRemote && menteeRemote) {
            return 0.8;
        }
        if (!bothKnown) {
            return Measure.UNKNOWN;
        }
        return mentorRemote || menteeRemote ? 0.4 : 0;
    }
}
