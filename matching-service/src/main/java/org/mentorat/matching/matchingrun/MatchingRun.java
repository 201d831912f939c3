package org.mentorat.matching.matchingrun;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.mentorat.events.matching.MatchingRunCompleted;
import org.mentorat.matching.readmodel.OptimizeFor;
import org.mentorat.platform.store.Aggregate;
import org.mentorat.platform.store.Changed;

/**
 * A cohort run: RUNNING → DRAFT (reviewed) → PUBLISHING → PUBLISHED; a draft may be DISCARDED, a
 * computation may have FAILED. Each step returns the next state with the events it caused, or
 * nothing when the run is not where the step starts.
 *
 * @param published what publishing made of the draft's pairs, by outcome
 */
public record MatchingRun(String id, String tenantId, String programId, OptimizeFor optimizeFor, RunStatus status,
        String requestedBy, Instant createdAt, Instant completedAt, RunFigures figures, Map<String, Integer> published,
        String failure, long version) implements Aggregate {

    public MatchingRun {
        published = Collections.unmodifiableMap(published == null ? new TreeMap<>() : new TreeMap<>(published));
    }

    static MatchingRun started(String id, String tenantId, String programId, OptimizeFor optimizeFor,
            String requestedBy, Instant at) {
        return new MatchingRun(id, tenantId, programId, optimizeFor, RunStatus.RUNNING, requestedBy, at, null, null,
                null, null, 0);
    }

    Optional<Changed<MatchingRun>> complete(RunFigures result, Instant at) {
        return from(RunStatus.RUNNING, Changed.of(new MatchingRun(id, tenantId, programId, optimizeFor,
                RunStatus.DRAFT, requestedBy, createdAt, at, result, published, failure, version),
                new MatchingRunCompleted(id, programId, optimizeFor.name(), result.mentees(), result.matched(),
                        result.unmatched(), result.unmatchedByReason(), result.totalScore(), result.meanScore(),
                        result.minScore(), at)));
    }

    Optional<Changed<MatchingRun>> fail(String reason) {
        return from(RunStatus.RUNNING, Changed.of(with(RunStatus.FAILED, published, reason)));
    }

    Optional<Changed<MatchingRun>> publishDone(Map<String, Integer> counts) {
        return from(RunStatus.PUBLISHING, Changed.of(with(RunStatus.PUBLISHED, counts, failure)));
    }

    /** One of the administrator's steps: DRAFT → PUBLISHING or DRAFT → DISCARDED. */
    Optional<Changed<MatchingRun>> move(RunStatus expected, RunStatus next) {
        return from(expected, Changed.of(with(next, published, failure)));
    }

    private Optional<Changed<MatchingRun>> from(RunStatus expected, Changed<MatchingRun> next) {
        return status == expected ? Optional.of(next) : Optional.empty();
    }

    private MatchingRun with(RunStatus next, Map<String, Integer> counts, String reason) {
        return new MatchingRun(id, tenantId, programId, optimizeFor, next, requestedBy, createdAt, completedAt, figures,
                counts, reason, version);
    }
}
