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
import org.springframework.stereotype.Repository;

/**
 * A run's draft lines, one document each (a large cohort would not fit one document): a proposed
 * pair with its explanation, or an unmatched mentee with the reason. Ids derive from the run and
 * the mentee, so a run computed twice after a crash stores each line once.
 */
@Repository
class RunProposals {

    private static final int DUPLICATE_KEY = 11000;

    private final MongoCollection<Document> lines;

    RunProposals(MongoDatabase database) {
        this.lines = database.getCollection("run_proposals");
    }

    void store(String tenantId, String runId, List<RunLine> runLines) {
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < runLines.size(); i++) {
            documents.add(runLines.get(i).toDocument(tenantId, runId, i));
            if (documents.size() == 1_000 || i == runLines.size() - 1) {
                List<Document> batch = List.copyOf(documents);
                insertIgnoringDuplicates(batch);
                documents.clear();
            }
        }
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

    List<RunLine> page(String tenantId, String runId, int offset, int limit) {
        return lines.find(and(eq("tenantId", tenantId), eq("runId", runId))).sort(Sorts.ascending("index"))
                .skip(offset).limit(limit).map(RunLine::fromDocument).into(new ArrayList<>());
    }

    void forEachPair(String tenantId, String runId, Consumer<RunLine> action) {
        lines.find(and(eq("tenantId", tenantId), eq("runId", runId))).sort(Sorts.ascending("index"))
                .map(RunLine::fromDocument).forEach(line -> {
                    if (line.mentorEnrollmentId() != null) {
                        action.accept(line);
                    }
                });
    }
}
