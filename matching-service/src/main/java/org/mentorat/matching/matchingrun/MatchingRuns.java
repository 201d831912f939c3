package org.mentorat.matching.matchingrun;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.mentorat.matching.readmodel.OptimizeFor;
import org.mentorat.matching.readmodel.Program;
import org.mentorat.platform.store.Changed;
import org.mentorat.platform.web.ConflictException;
import org.mentorat.platform.web.ResourceNotFoundException;
import org.springframework.stereotype.Service;

/** Cohort runs as aggregates: loads a run, lets it decide its next step, stores the step. */
@Service
class MatchingRuns {

    private final RunStore store;
    private final Clock clock;

    MatchingRuns(RunStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    MatchingRun start(String tenantId, Program program, OptimizeFor optimizeFor, String requestedBy) {
        MatchingRun run = MatchingRun.started(UUID.randomUUID().toString(), tenantId, program.programId(),
                optimizeFor, requestedBy, clock.instant());
        store.insert(run);
        return get(tenantId, run.id());
    }

    MatchingRun get(String tenantId, String runId) {
        return store.find(tenantId, runId).orElseThrow(() -> new ResourceNotFoundException("matching run", runId));
    }

    List<MatchingRun> ofProgram(String tenantId, String programId) {
        return store.ofProgram(tenantId, programId);
    }

    List<MatchingRun> withStatus(RunStatus status) {
        return store.withStatus(status);
    }

    /** RUNNING → DRAFT with its figures and MatchingRunCompleted; false if the run moved on meanwhile. */
    boolean completed(MatchingRun run, RunFigures figures) {
        return apply(run, current -> current.complete(figures, clock.instant()));
    }

    boolean failed(MatchingRun run, String failure) {
        return apply(run, current -> current.fail(failure));
    }

    /** Moves the run from one status to the next, or explains why it cannot (409). */
    void transition(String tenantId, String runId, RunStatus from, RunStatus to) {
        if (!apply(get(tenantId, runId), current -> current.move(from, to))) {
            throw new ConflictException("run-not-" + from.name().toLowerCase(),
                    "Matching run " + runId + " is " + get(tenantId, runId).status() + ", not " + from + ".");
        }
    }

    void published(String tenantId, String runId, Map<String, Integer> counts) {
        apply(get(tenantId, runId), current -> current.publishDone(counts));
    }

    private boolean apply(MatchingRun run, Function<MatchingRun, Optional<Changed<MatchingRun>>> step) {
        return step.apply(run).map(store::update).orElse(false);
    }
}
