package org.mentorat.matching.matchingrun;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.matching.MatchingRunCompleted;
import org.mentorat.matching.readmodel.OptimizeFor;

/**
 * A cohort run: RUNNING → DRAFT (reviewed) → PUBLISHING → PUBLISHED; a draft may be DISCARDED, a
 * computation may have FAILED. Each step returns the next state with the events it caused, or
 * nothing when the run is not where the step starts.
 *
 * @param published what publishing made of the draft's pairs, by outcome
 */
record MatchingRun(String id, String tenantId, String programId, OptimizeFor optimizeFor, RunStatus status,
        String requestedBy, Instant createdAt, Instant completedAt, RunFigures figures, Map<String, Integer> published,
        String failure, long version) {

    MatchingRun {
        published = Collections.unmodifiableMap(published == null ? new TreeMap<>() : new TreeMap<>(published));
    }

    static MatchingRun started(String id, String tenantId, String programId, OptimizeFor optimizeFor,
            String requestedBy, Instant at) {
        return new MatchingRun(id, tenantId, programId, optimizeFor, RunStatus.RUNNING, requestedBy, at, null, null,
                null, null, 0);
    }

    Optional<Decision> complete(RunFigures result, Instant at) {
        return from(RunStatus.RUNNING, new MatchingRun(id, tenantId, programId, optimizeFor, RunStatus.DRAFT,
                requestedBy, createdAt, at, result, published, failure, version), List.of(new MatchingRunCompleted(id,
                programId, optimizeFor.name(), result.mentees(), result.matched(), result.unmatched(),
                result.unmatchedByReason(), result.totalScore(), result.meanScore(), result.minScore(), at)));
    }

    Optional<Decision> fail(String reason) {
        return from(RunStatus.RUNNING, with(RunStatus.FAILED, published, reason), List.of());
    }

    Optional<Decision> publishDone(Map<String, Integer> counts) {
        return from(RunStatus.PUBLISHING, with(RunStatus.PUBLISHED, counts, failure), List.of());
    }

    /** One of the administrator's steps: DRAFT → PUBLISHING or DRAFT → DISCARDED. */
    Optional<Decision> move(RunStatus expected, RunStatus next) {
        return from(expected, with(next, published, failure), List.of());
    }

    private Optional<Decision> from(RunStatus expected, MatchingRun next, List<DomainEvent> events) {
        return status == expected ? Optional.of(new Decision(next, events)) : Optional.empty();
    }

    private MatchingRun with(RunStatus next, Map<String, Integer> counts, String reason) {
        return new MatchingRun(id, tenantId, programId, optimizeFor, next, requestedBy, createdAt, completedAt, figures,
                counts, reason, version);
    }

    /** The run's next state and the events that go with it, stored together. */
    record Decision(MatchingRun run, List<DomainEvent> events) {
    }
}
