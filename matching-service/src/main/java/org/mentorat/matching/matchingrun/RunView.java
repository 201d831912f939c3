package org.mentorat.matching.matchingrun;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Map;
import org.mentorat.matching.readmodel.OptimizeFor;

/** A cohort run as the API shows it; {@code published} counts what publishing made of the draft. */
record RunView(String id, String programId, RunStatus status, OptimizeFor optimizeFor, Instant createdAt,
        Instant completedAt, RunFigures figures, @Schema(maxProperties = 16) Map<String, Integer> published,
        @Schema(maxLength = 1000) String failure) {

    static RunView of(MatchingRun run) {
        return new RunView(run.id(), run.programId(), run.status(), run.optimizeFor(), run.createdAt(),
                run.completedAt(), run.figures(), run.published(), run.failure());
    }
}
