package org.mentorat.matching.match;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.mentorat.matching.scoring.Contribution;
import org.mentorat.matching.scoring.Criterion;
import org.mentorat.matching.scoring.Reason;
import org.mentorat.matching.scoring.ReasonCode;
import org.mentorat.matching.scoring.ScoredPair;

/** A match as stored: its state, and the explanation as it stood when the pair was proposed. */
final class MatchDocuments {

    private MatchDocuments() {
    }

    static Document toDocument(Match match) {
        return new Document("programId", match.programId())
                .append("mentorId", match.mentorId())
                .append("menteeId", match.menteeId())
                .append("mentorEnrollmentId", match.mentorEnrollmentId())
                .append("menteeEnrollmentId", match.menteeEnrollmentId())
                .append("peer", match.peer())
                .append("origin", match.origin().name())
                .append("runId", match.runId())
                .append("score", match.score())
                .append("explanation", explanation(match.explanation()))
                .append("status", match.status().name())
                .append("mentorAccepted", match.mentorAccepted())
                .append("menteeAccepted", match.menteeAccepted())
                .append("proposedAt", Date.from(match.proposedAt()))
                .append("expiresAt", Date.from(match.expiresAt()));
    }

    static Document explanation(ScoredPair scored) {
        return new Document("score", scored.score())
                .append("contributions", scored.contributions().stream().map(c -> new Document("criterion",
                        c.criterion().name()).append("value", c.value()).append("weight", c.weight())
                        .append("contribution", c.contribution())).toList())
                .append("reasons", scored.reasons().stream().map(r -> new Document("code", r.code().name())
                        .append("sentence", r.sentence())).toList());
    }

    static ScoredPair explanation(Document d) {
        return new ScoredPair(d.getDouble("score"),
                d.getList("contributions", Document.class).stream().map(c -> new Contribution(
                        Criterion.valueOf(c.getString("criterion")), c.getDouble("value"), c.getDouble("weight"),
                        c.getDouble("contribution"))).toList(),
                d.getList("reasons", Document.class).stream().map(r -> new Reason(
                        ReasonCode.valueOf(r.getString("code")), r.getString("sentence"))).toList());
    }

    static Match fromDocument(Document d) {
        return new Match(d.getString("_id"), d.getString("programId"), d.getString("mentorId"), d.getString("menteeId"),
                d.getString("mentorEnrollmentId"), d.getString("menteeEnrollmentId"), d.getBoolean("peer", false),
                MatchOrigin.valueOf(d.getString("origin")), d.getString("runId"),
                explanation(d.get("explanation", Document.class)), MatchStatus.valueOf(d.getString("status")),
                d.getBoolean("mentorAccepted", false), d.getBoolean("menteeAccepted", false),
                instant(d, "proposedAt"), instant(d, "expiresAt"), instant(d, "closedAt"), d.getString("closedReason"),
                ((Number) d.get("version")).longValue());
    }

    private static Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
