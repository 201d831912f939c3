package org.mentorat.matching.matchingrun;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.matching.MatchingRunCompleted;
import org.mentorat.matching.readmodel.Program;
import org.mentorat.platform.store.AggregateStore;
import org.mentorat.platform.web.ConflictException;
import org.mentorat.platform.web.ResourceNotFoundException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Repository;

/** Cohort runs as aggregates: each status change is one versioned write, with its event when it has one. */
@Repository
class MatchingRuns {

    private final AggregateStore runs;
    private final Clock clock;

    MatchingRuns(@Qualifier("runStore") AggregateStore runs, Clock clock) {
        this.runs = runs;
        this.clock = clock;
    }

    Document start(String tenantId, Program program, String optimizeFor, String requestedBy) {
        String id = UUID.randomUUID().toString();
        runs.insert(tenantId, id, new Document("programId", program.programId())
                .append("optimizeFor", optimizeFor).append("status", RunStatus.RUNNING.name())
                .append("requestedBy", requestedBy).append("createdAt", Date.from(clock.instant())), List.of());
        return get(tenantId, id);
    }

    Document get(String tenantId, String runId) {
        return runs.find(tenantId, runId).orElseThrow(() -> new ResourceNotFoundException("matching run", runId));
    }

    Optional<Document> find(String tenantId, String runId) {
        return runs.find(tenantId, runId);
    }

    List<Document> ofProgram(String tenantId, String programId) {
        return runs.collection().find(and(eq(AggregateStore.TENANT, tenantId), eq("programId", programId)))
                .sort(Sorts.descending("createdAt")).limit(100).into(new ArrayList<>());
    }

    List<Document> withStatus(RunStatus status) {
        return runs.collection().find(eq("status", status.name())).into(new ArrayList<>());
    }

    /** RUNNING → DRAFT with its figures and MatchingRunCompleted; false if the run moved on meanwhile. */
    boolean completed(String tenantId, Document run, RunFigures figures) {
        var at = clock.instant();
        DomainEvent completed = new MatchingRunCompleted(run.getString("_id"), run.getString("programId"),
                run.getString("optimizeFor"), figures.mentees(), figures.matched(), figures.unmatched(),
                figures.unmatchedByReason(), figures.totalScore(), figures.meanScore(), figures.minScore(), at);
        return move(tenantId, run, RunStatus.RUNNING, RunStatus.DRAFT, List.of(completed),
                Updates.set("figures", figures.toDocument()), Updates.set("completedAt", Date.from(at)));
    }

    boolean failed(String tenantId, Document run, String failure) {
        return move(tenantId, run, RunStatus.RUNNING, RunStatus.FAILED, List.of(), Updates.set("failure", failure));
    }

    /** Moves the run from one status to the next, or explains why it cannot (409). */
    void transition(String tenantId, String runId, RunStatus from, RunStatus to) {
        Document run = get(tenantId, runId);
        if (!from.name().equals(run.getString("status")) || !move(tenantId, run, from, to, List.of())) {
            throw new ConflictException("run-not-" + from.name().toLowerCase(),
                    "Matching run " + runId + " is " + get(tenantId, runId).getString("status") + ", not " + from + ".");
        }
    }

    void published(String tenantId, String runId, Map<String, Integer> counts) {
        Document run = get(tenantId, runId);
        Document published = new Document();
        counts.forEach(published::append);
        move(tenantId, run, RunStatus.PUBLISHING, RunStatus.PUBLISHED, List.of(), Updates.set("published", published));
    }

    private boolean move(String tenantId, Document run, RunStatus from, RunStatus to, List<DomainEvent> events,
            Bson... changes) {
        if (!from.name().equals(run.getString("status"))) {
            return false;
        }
        List<Bson> all = new ArrayList<>(List.of(changes));
        all.add(Updates.set("status", to.name()));
        return runs.update(tenantId, run.getString("_id"), ((Number) run.get(AggregateStore.VERSION)).longValue(),
                Updates.combine(all), events);
    }
}
