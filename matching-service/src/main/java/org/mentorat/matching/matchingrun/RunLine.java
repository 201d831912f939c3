package org.mentorat.matching.matchingrun;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.mentorat.matching.match.ExplanationViews.ContributionView;
import org.mentorat.matching.match.ExplanationViews.ReasonView;
import org.mentorat.matching.match.ExplanationViews;
import org.mentorat.matching.scoring.vocabulary.ScoredPair;

/**
 * One line of a run: a proposed pair (mentor set, with its explanation) or an unmatched mentee
 * (mentor null, with the reason).
 */
record RunLine(String menteeEnrollmentId, String menteeId, String mentorEnrollmentId, String mentorId,
        Double score, Explanation explanation, @Schema(maxLength = 1000) String unmatchedReason) {

    static RunLine pair(String menteeEnrollmentId, String menteeId, String mentorEnrollmentId, String mentorId,
            ScoredPair scored) {
        return new RunLine(menteeEnrollmentId, menteeId, mentorEnrollmentId, mentorId, scored.score(),
                new Explanation(ExplanationViews.contributions(scored), ExplanationViews.reasons(scored)), null);
    }

    static RunLine unmatched(String menteeEnrollmentId, String menteeId, String reason) {
        return new RunLine(menteeEnrollmentId, menteeId, null, null, null, null, reason);
    }

    /** The pair's explanation as the draft shows it. */
    record Explanation(@Size(max = ExplanationViews.MAX_ITEMS) List<ContributionView> contributions,
            @Size(max = ExplanationViews.MAX_ITEMS) List<ReasonView> reasons) {
    }
}
