package org.mentorat.matching.matchingrun;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.mentorat.matching.readmodel.OptimizeFor;
import org.mentorat.platform.outbox.AggregateStore;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Repository;

/**
 * The matching_runs collection: fields, mapping and queries. Each status change is one versioned
 * write with its event, if it has one. Mapped by hand until the kit's record mapping lands; dates
 * are BSON dates and the counts are sub-documents, as before.
 */
@Repository
class RunStore {

    private static final String STATUS = "status";

    private final AggregateStore runs;

    RunStore(@Qualifier("runAggregates") AggregateStore runs) {
        this.runs = runs;
    }

    void insert(MatchingRun run) {
        runs.insert(run.tenantId(), run.id(), new Document("programId", run.programId())
                .append("optimizeFor", run.optimizeFor().name()).append(STATUS, run.status().name())
                .append("requestedBy", run.requestedBy()).append("createdAt", Date.from(run.createdAt())), List.of());
    }

    Optional<MatchingRun> find(String tenantId, String runId) {
        return runs.find(tenantId, runId).map(RunStore::fromDocument);
    }

    List<MatchingRun> ofProgram(String tenantId, String programId) {
        return runs.collection().find(and(eq(AggregateStore.TENANT, tenantId), eq("programId", programId)))
                .sort(Sorts.descending("createdAt")).limit(100).map(RunStore::fromDocument).into(new ArrayList<>());
    }

    /** Runs in this status, in any tenant. */
    List<MatchingRun> withStatus(RunStatus status) {
        return runs.collection().find(eq(STATUS, status.name())).map(RunStore::fromDocument).into(new ArrayList<>());
    }

    /** The decision's state and events, if {@code current} is still the stored version. */
    boolean update(MatchingRun current, MatchingRun.Decision decision) {
        MatchingRun next = decision.run();
        List<Bson> changes = new ArrayList<>();
        changes.add(Updates.set(STATUS, next.status().name()));
        if (next.figures() != null && current.figures() == null) {
            changes.add(Updates.set("figures", figures(next.figures())));
        }
        if (next.completedAt() != null && current.completedAt() == null) {
            changes.add(Updates.set("completedAt", Date.from(next.completedAt())));
        }
        if (next.failure() != null) {
            changes.add(Updates.set("failure", next.failure()));
        }
        if (!next.published().equals(current.published())) {
            changes.add(Updates.set("published", document(next.published())));
        }
        return runs.update(current.tenantId(), current.id(), current.version(), Updates.combine(changes),
                decision.events());
    }

    private static Document figures(RunFigures figures) {
        return new Document("mentees", figures.mentees()).append("matched", figures.matched())
                .append("unmatched", figures.unmatched())
                .append("unmatchedByReason", document(figures.unmatchedByReason()))
                .append("totalScore", figures.totalScore()).append("meanScore", figures.meanScore())
                .append("minScore", figures.minScore());
    }

    private static Document document(Map<String, Integer> counts) {
        Document document = new Document();
        counts.forEach(document::append);
        return document;
    }

    private static MatchingRun fromDocument(Document d) {
        return new MatchingRun(d.getString("_id"), d.getString(AggregateStore.TENANT), d.getString("programId"),
                OptimizeFor.valueOf(d.getString("optimizeFor")), RunStatus.valueOf(d.getString(STATUS)),
                d.getString("requestedBy"), instant(d, "createdAt"), instant(d, "completedAt"),
                figures(d.get("figures", Document.class)), counts(d.get("published", Document.class)),
                d.getString("failure"), ((Number) d.get(AggregateStore.VERSION)).longValue());
    }

    private static RunFigures figures(Document d) {
        if (d == null) {
            return null;
        }
        return new RunFigures(d.getInteger("mentees"), d.getInteger("matched"), d.getInteger("unmatched"),
                counts(d.get("unmatchedByReason", Document.class)), d.getDouble("totalScore"),
                d.getDouble("meanScore"), d.getDouble("minScore"));
    }

    private static Map<String, Integer> counts(Document d) {
        Map<String, Integer> counts = new TreeMap<>();
        if (d != null) {
            d.forEach((key, count) -> counts.put(key, (Integer) count));
        }
        return counts;
    }

    private static Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
