package org.mentorat.matching.matchingrun;

import org.bson.Document;
import org.mentorat.matching.match.ExplanationViews;
import org.mentorat.matching.scoring.ScoredPair;

/**
 * One line of a run: a proposed pair (mentor set, with its explanation) or an unmatched mentee
 * (mentor null, with the reason).
 */
record RunLine(String menteeEnrollmentId, String menteeId, String mentorEnrollmentId, String mentorId,
        Double score, Document explanation, String unmatchedReason) {

    static RunLine pair(String menteeEnrollmentId, String menteeId, String mentorEnrollmentId, String mentorId,
            ScoredPair scored) {
        return new RunLine(menteeEnrollmentId, menteeId, mentorEnrollmentId, mentorId, scored.score(),
                new Document("contributions", ExplanationViews.contributions(scored).stream()
                        .map(c -> new Document("criterion", c.criterion()).append("value", c.value())
                                .append("weight", c.weight()).append("contribution", c.contribution())).toList())
                        .append("reasons", ExplanationViews.reasons(scored).stream()
                                .map(r -> new Document("code", r.code()).append("text", r.text())).toList()),
                null);
    }

    static RunLine unmatched(String menteeEnrollmentId, String menteeId, String reason) {
        return new RunLine(menteeEnrollmentId, menteeId, null, null, null, null, reason);
    }

    Document toDocument(String tenantId, String runId, int index) {
        return new Document("_id", runId + ":" + menteeEnrollmentId).append("tenantId", tenantId)
                .append("runId", runId).append("index", index).append("menteeEnrollmentId", menteeEnrollmentId)
                .append("menteeId", menteeId).append("mentorEnrollmentId", mentorEnrollmentId)
                .append("mentorId", mentorId).append("score", score).append("explanation", explanation)
                .append("unmatchedReason", unmatchedReason);
    }

    static RunLine fromDocument(Document d) {
        return new RunLine(d.getString("menteeEnrollmentId"), d.getString("menteeId"),
                d.getString("mentorEnrollmentId"), d.getString("mentorId"), d.getDouble("score"),
                d.get("explanation", Document.class), d.getString("unmatchedReason"));
    }
}
