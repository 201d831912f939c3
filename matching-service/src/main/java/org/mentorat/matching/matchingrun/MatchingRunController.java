package org.mentorat.matching.matchingrun;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.mentorat.matching.readmodel.OptimizeFor;
import org.mentorat.matching.readmodel.Program;
import org.mentorat.matching.readmodel.Programs;
import org.mentorat.platform.openapi.ErrorAnswer;
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
@Tag(name = "Cohort runs", description = "Optimal assignment of a program's mentees to mentors, for "
        + "program administrators: start, review the draft, publish or discard.")
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
    @Operation(operationId = "startCohortRun", summary = "Start a cohort run",
            description = "Starts computing the optimal assignment of the program's waiting mentees (202): poll the run until it is DRAFT (or FAILED). `optimizeFor` defaults to the program's setting.")
    ResponseEntity<RunView> start(@PathVariable String programId, @Valid @RequestBody(required = false) RunRequest request,
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
    @Operation(operationId = "listCohortRuns", summary = "List a program's cohort runs",
            description = "The program's cohort runs, newest first (the last " + RunStore.LISTED + ").")
    @ApiResponse(responseCode = "200", description = "The runs", content = @Content(array = @ArraySchema(
            maxItems = RunStore.LISTED, schema = @Schema(implementation = RunView.class))))
    List<RunView> ofProgram(@PathVariable String programId, Caller caller) {
        requireAdmin(caller);
        return runs.ofProgram(caller.tenantId(), programId).stream().map(RunView::of).toList();
    }

    @GetMapping("/api/v1/matching-runs/{runId}")
    @Operation(operationId = "getCohortRun", summary = "Read a cohort run",
            description = "The run's status (RUNNING, DRAFT, FAILED, PUBLISHING, PUBLISHED, DISCARDED), its figures, and what publishing made of the draft.")
    RunView get(@PathVariable String runId, Caller caller) {
        requireAdmin(caller);
        return RunView.of(runs.get(caller.tenantId(), runId));
    }

    /** The draft's lines: proposed pairs with their explanation, then unmatched mentees with the reason. */
    @GetMapping("/api/v1/matching-runs/{runId}/proposals")
    @Operation(operationId = "listCohortRunProposals", summary = "List a draft's proposals",
            description = "The draft's lines a page at a time: proposed pairs with their explanation, then unmatched mentees with the reason.")
    @ApiResponse(responseCode = "200", description = "The lines from `offset`", content = @Content(array = @ArraySchema(
            maxItems = MAX_PAGE, schema = @Schema(implementation = RunLine.class))))
    List<RunLine> lines(@PathVariable String runId, @RequestParam(defaultValue = "0") @Min(0) int offset,
            @RequestParam(defaultValue = "100") @Min(1) @Max(MAX_PAGE) int limit, Caller caller) {
        requireAdmin(caller);
        runs.get(caller.tenantId(), runId);
        return proposals.page(caller.tenantId(), runId, offset, limit);
    }

    /** 202: the run is PUBLISHING; poll it until PUBLISHED, with what became of each pair. */
    @PostMapping("/api/v1/matching-runs/{runId}/publish")
    @Operation(operationId = "publishCohortRun", summary = "Publish a draft",
            description = "Proposes the draft's pairs (202): the run is PUBLISHING; poll it until PUBLISHED, with what became of each pair. Only a DRAFT can be published (409 otherwise).")
    @ErrorAnswer(status = 409, description = "The run is not a DRAFT.")
    ResponseEntity<RunView> publish(@PathVariable String runId, Caller caller) {
        requireAdmin(caller);
        RunView run = RunView.of(cohortRuns.publish(caller.tenantId(), runId));
        return ResponseEntity.accepted().location(URI.create("/api/v1/matching-runs/" + run.id())).body(run);
    }

    @PostMapping("/api/v1/matching-runs/{runId}/discard")
    @Operation(operationId = "discardCohortRun", summary = "Discard a draft",
            description = "Drops the draft; nobody is proposed. Only a DRAFT can be discarded (409 otherwise).")
    @ErrorAnswer(status = 409, description = "The run is not a DRAFT.")
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

    /** @param optimizeFor in any case; null for the program's setting */
    record RunRequest(@Size(max = 16) @Schema(allowableValues = {"QUALITY", "COVERAGE"}) String optimizeFor) {
    }
}
