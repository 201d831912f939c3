package org.mentorat.matching.matchingrun;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mentorat.platform.store.AggregateStore;
import org.mentorat.platform.store.Changed;
import org.mentorat.platform.store.RecordStore;
import org.springframework.stereotype.Repository;

/**
 * The matching_runs collection: its field names and queries; the record is mapped by the kit's
 * codecs. Each status change is one versioned write with its event, if it has one.
 */
@Repository
class RunStore {

    private static final String STATUS = "status";
    static final int LISTED = 100;

    private final RecordStore<MatchingRun> runs;

    RunStore(RecordStore<MatchingRun> runs) {
        this.runs = runs;
    }

    void insert(MatchingRun run) {
        runs.insert(Changed.of(run));
    }

    Optional<MatchingRun> find(String tenantId, String runId) {
        return runs.find(tenantId, runId);
    }

    List<MatchingRun> ofProgram(String tenantId, String programId) {
        return runs.list(tenantId, eq("programId", programId), Sorts.descending("createdAt"), 0, LISTED);
    }

    /** Runs in this status, in any tenant. */
    List<MatchingRun> withStatus(RunStatus status) {
        List<MatchingRun> found = new ArrayList<>();
        runs.documents().find(eq(STATUS, status.name())).projection(Projections.include(AggregateStore.TENANT))
                .forEach(d -> find(d.getString(AggregateStore.TENANT), d.getString("_id")).ifPresent(found::add));
        return found;
    }

    /** The decision's state and events, if the run is still at the version it was decided on. */
    boolean update(Changed<MatchingRun> decision) {
        return runs.update(decision);
    }
}
