package org.mentorat.session.health;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.mentorat.platform.security.Caller;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A program's health, for its tenant's program administrators only (other roles: 403). */
@RestController
@Tag(name = "Program health", description = "A program's health report for its administrators.")
@RequestMapping("/api/v1/programs/{programId}/report")
@PreAuthorize("hasRole('PROGRAM_ADMIN')")
class ProgramReportController {

    static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final ProgramReports reports;

    ProgramReportController(ProgramReports reports) {
        this.reports = reports;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getProgramReport", summary = "Report a program's health",
            description = "Mentorships by state (stalled ones too), sessions held and hours per month, goals, ratings and NPS; as JSON, or as CSV with `Accept: text/csv`.")
    @ApiResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ProgramReport.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string", maxLength = ReportCsv.MAX_LENGTH))})
    ProgramReport json(@PathVariable String programId, Caller caller) {
        return reports.of(caller, programId);
    }

    @GetMapping(produces = "text/csv")
    @Operation(hidden = true)
    ResponseEntity<String> csv(@PathVariable String programId, Caller caller) {
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"program-report.csv\"")
                .body(ReportCsv.of(reports.of(caller, programId)));
    }
}
