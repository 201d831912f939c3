package org.mentorat.matching.matchingrun;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.bson.Document;
import org.mentorat.matching.match.ExplanationViews.ContributionView;
import org.mentorat.matching.match.ExplanationViews.ReasonView;
import org.springframework.stereotype.Repository;

/**
 * A run's draft lines, one document each (a large cohort would not fit one document): a proposed
 * pair with its explanation, or an unmatched mentee with the reason. Ids derive from the run and
 * the mentee, so a run computed twice after a crash stores each line once. Mapped by hand: a line
 * is stored with its run, tenant and position, which the record does not carry.
 */
@Repository
class RunLineStore {

    private static final int DUPLICATE_KEY = 11000;
    private static final int BATCH = 1_000;

    private final MongoCollection<Document> lines;

    RunLineStore(MongoDatabase database) {
        this.lines = database.getCollection("run_proposals");
    }

    void store(String tenantId, String runId, List<RunLine> runLines) {
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < runLines.size(); i++) {
            documents.add(toDocument(runLines.get(i), tenantId, runId, i));
            if (documents.size() == BATCH || i == runLines.size() - 1) {
                insertIgnoringDuplicates(List.copyOf(documents));
                documents.clear();
            }
        }
    }

    List<RunLine> page(String tenantId, String runId, int offset, int limit) {
        return lines.find(and(eq("tenantId", tenantId), eq("runId", runId))).sort(Sorts.ascending("index"))
                .skip(offset).limit(limit).map(RunLineStore::fromDocument).into(new ArrayList<>());
    }

    void forEachPair(String tenantId, String runId, Consumer<RunLine> action) {
        lines.find(and(eq("tenantId", tenantId), eq("runId", runId))).sort(Sorts.ascending("index"))
                .map(RunLineStore::fromDocument).forEach(line -> {
                    if (line.mentorEnrollmentId() != null) {
                        action.accept(line);
                    }
                });
    }

    private void insertIgnoringDuplicates(List<Document> batch) {
        try {
            lines.insertMany(batch, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            if (e.getWriteErrors().stream().anyMatch(error -> error.getCode() != DUPLICATE_KEY)) {
                throw e;
            }
        }
    }

    private static Document toDocument(RunLine line, String tenantId, String runId, int index) {
        return new Document("_id", runId + ":" + line.menteeEnrollmentId()).append("tenantId", tenantId)
                .append("runId", runId).append("index", index).append("menteeEnrollmentId", line.menteeEnrollmentId())
                .append("menteeId", line.menteeId()).append("mentorEnrollmentId", line.mentorEnrollmentId())
                .append("mentorId", line.mentorId()).append("score", line.score())
                .append("explanation", line.explanation() == null ? null : explanation(line.explanation()))
                .append("unmatchedReason", line.unmatchedReason());
    }

    private static Document explanation(RunLine.Explanation explanation) {
        return new Document("contributions", explanation.contributions().stream()
                .map(c -> new Document("criterion", c.criterion()).append("value", c.value())
                        .append("weight", c.weight()).append("contribution", c.contribution())).toList())
                .append("reasons", explanation.reasons().stream()
                        .map(r -> new Document("code", r.code()).append("text", r.text())).toList());
    }

    private static RunLine fromDocument(Document d) {
        Document explanation = d.get("explanation", Document.class);
        return new RunLine(d.getString("menteeEnrollmentId"), d.getString("menteeId"),
                d.getString("mentorEnrollmentId"), d.getString("mentorId"), d.getDouble("score"),
                explanation == null ? null : new RunLine.Explanation(
                        explanation.getList("contributions", Document.class).stream()
                                .map(c -> new ContributionView(c.getString("criterion"), c.getDouble("value"),
                                        c.getDouble("weight"), c.getDouble("contribution"))).toList(),
                        explanation.getList("reasons", Document.class).stream()
                                .map(r -> new ReasonView(r.getString("code"), r.getString("text"))).toList()),
                d.getString("unmatchedReason"));
    }
}
