package org.mentorat.matching.match;

import java.time.Duration;
import java.util.Objects;
import org.mentorat.matching.readmodel.Mentee;
import org.mentorat.matching.readmodel.Mentor;
import org.mentorat.matching.scoring.vocabulary.ScoredPair;

/**
 * What it takes to propose a match: the two enrolments, the pair's explained score, where it came
 * from, and how long the two have to answer.
 *
 * @param matchId chosen by the caller so that a repeated proposal (a retry, a replayed event, a
 *     resumed run) finds the first one instead of making another
 * @param peer in a peer program the "mentor" is another mentee enrolment, holding no seat but
 *     claimed like a mentee
 * @param menteeAccepted true when the mentee asked for this mentor themselves
 * @param runId the cohort run that proposed it, or null
 */
public record Proposal(String matchId, Mentor mentor, Mentee mentee, ScoredPair scored, MatchOrigin origin,
        boolean peer, boolean menteeAccepted, String runId, Duration window) {

    public Proposal {
        Objects.requireNonNull(matchId, "matchId");
        Objects.requireNonNull(mentor, "mentor");
        Objects.requireNonNull(mentee, "mentee");
        Objects.requireNonNull(scored, "scored");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(window, "window");
    }
}
