package org.mentorat.matching.matchingrun;

import java.net.URI;
import java.util.List;
import org.mentorat.matching.readmodel.OptimizeFor;
import org.mentorat.matching.readmodel.Program;
import org.mentorat.matching.readmodel.Programs;
import org.mentorat.platform.security.Caller;
import org.mentorat.platform.web.FieldError;
import org.mentorat.platform.web.ForbiddenException;
import org.mentorat.platform.web.InvalidRequestException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Cohort runs, for administrators only: start, review the draft, publish or discard. */
@RestController
class MatchingRunController {

    private static final int MAX_PAGE = 1_000;

    private final CohortRuns cohortRuns;
    private final MatchingRuns runs;
    private final RunLineStore proposals;
    private final Programs programs;

    MatchingRunController(CohortRuns cohortRuns, MatchingRuns runs, RunLineStore proposals, Programs programs) {
        this.cohortRuns = cohortRuns;
        this.runs = runs;
        this.proposals = proposals;
        this.programs = programs;
    }

    /** Starts computing; 202 with the run to poll until it is a DRAFT (or FAILED). */
    @PostMapping("/api/v1/programs/{programId}/matching-runs")
    ResponseEntity<RunView> start(@PathVariable String programId, @RequestBody(required = false) RunRequest request,
            Caller caller) {
        requireAdmin(caller);
        Program program = programs.open(caller.tenantId(), programId);
        OptimizeFor optimizeFor = request == null || request.optimizeFor() == null ? program.optimizeFor()
                : OptimizeFor.parse(request.optimizeFor()).orElseThrow(() -> new InvalidRequestException(
                        List.of(new FieldError("optimizeFor", "must be QUALITY or COVERAGE"))));
        RunView run = RunView.of(cohortRuns.start(caller.tenantId(), program, optimizeFor, caller.subject()));
        return ResponseEntity.accepted().location(URI.create("/api/v1/matching-runs/" + run.id())).body(run);
    }

    @GetMapping("/api/v1/programs/{programId}/matching-runs")
    List<RunView> ofProgram(@PathVariable String programId, Caller caller) {
        requireAdmin(caller);
        return runs.ofProgram(caller.tenantId(), programId).stream().map(RunView::of).toList();
    }

    @GetMapping("/api/v1/matching-runs/{runId}")
    RunView get(@PathVariable String runId, Caller caller) {
        requireAdmin(caller);
        return RunView.of(runs.get(caller.tenantId(), runId));
    }

    /** The draft's lines: proposed pairs with their explanation, then unmatched mentees with the reason. */
    @GetMapping("/api/v1/matching-runs/{runId}/proposals")
    List<RunLine> lines(@PathVariable String runId, @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "100") int limit, Caller caller) {
        requireAdmin(caller);
        if (offset < 0) {
            throw new InvalidRequestException(List.of(new FieldError("offset", "must not be negative")));
        }
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidRequestException(List.of(new FieldError("limit", "must be between 1 and " + MAX_PAGE)));
        }
        runs.get(caller.tenantId(), runId);
        return proposals.page(caller.tenantId(), runId, offset, limit);
    }

    /** 202: the run is PUBLISHING; poll it until PUBLISHED, with what became of each pair. */
    @PostMapping("/api/v1/matching-runs/{runId}/publish")
    ResponseEntity<RunView> publish(@PathVariable String runId, Caller caller) {
        requireAdmin(caller);
        RunView run = RunView.of(cohortRuns.publish(caller.tenantId(), runId));
        return ResponseEntity.accepted().location(URI.create("/api/v1/matching-runs/" + run.id())).body(run);
    }

    @PostMapping("/api/v1/matching-runs/{runId}/discard")
    RunView discard(@PathVariable String runId, Caller caller) {
        requireAdmin(caller);
        runs.transition(caller.tenantId(), runId, RunStatus.DRAFT, RunStatus.DISCARDED);
        return RunView.of(runs.get(caller.tenantId(), runId));
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.isAdmin()) {
            throw new ForbiddenException("Only program administrators run cohorts.");
        }
    }

    record RunRequest(String optimizeFor) {
    }
}
