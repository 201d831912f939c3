package org.mentorat.matching.matchingrun;

import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;

/** What a program manager looks at before publishing: how many matched, who did not and why, and how good. */
record RunFigures(int mentees, int matched, int unmatched, Map<String, Integer> unmatchedByReason,
        Double totalScore, Double meanScore, Double minScore) {

    Document toDocument() {
        Document reasons = new Document();
        unmatchedByReason.forEach(reasons::append);
        return new Document("mentees", mentees).append("matched", matched).append("unmatched", unmatched)
                .append("unmatchedByReason", reasons).append("totalScore", totalScore)
                .append("meanScore", meanScore).append("minScore", minScore);
    }

    static RunFigures fromDocument(Document d) {
        if (d == null) {
            return null;
        }
        Map<String, Integer> reasons = new TreeMap<>();
        d.get("unmatchedByReason", Document.class).forEach((reason, count) -> reasons.put(reason, (Integer) count));
        return new RunFigures(d.getInteger("mentees"), d.getInteger("matched"), d.getInteger("unmatched"), reasons,
                d.getDouble("totalScore"), d.getDouble("meanScore"), d.getDouble("minScore"));
    }
}
