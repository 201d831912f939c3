package org.mentorat.matching.matchingrun;

import java.time.Instant;
import java.util.Map;
import org.bson.Document;

/** A cohort run as the API shows it; {@code published} counts what publishing made of the draft. */
record RunView(String id, String programId, String status, String optimizeFor, Instant createdAt,
        Instant completedAt, RunFigures figures, Map<String, Integer> published, String failure) {

    static RunView of(Document d) {
        Document published = d.get("published", Document.class);
        Map<String, Integer> publishedCounts = new java.util.TreeMap<>();
        if (published != null) {
            published.forEach((outcome, count) -> publishedCounts.put(outcome, (Integer) count));
        }
        return new RunView(d.getString("_id"), d.getString("programId"), d.getString("status"),
                d.getString("optimizeFor"), instant(d, "createdAt"), instant(d, "completedAt"),
                RunFigures.fromDocument(d.get("figures", Document.class)), publishedCounts, d.getString("failure"));
    }

    private static Instant instant(Document d, String field) {
        java.util.Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
