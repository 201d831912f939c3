package org.mentorat.session.health;

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
@RequestMapping("/api/v1/programs/{programId}/report")
@PreAuthorize("hasRole('PROGRAM_ADMIN')")
class ProgramReportController {

    static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final ProgramReports reports;

    ProgramReportController(ProgramReports reports) {
        this.reports = reports;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    ProgramReport json(@PathVariable String programId, Caller caller) {
        return reports.of(caller, programId);
    }

    @GetMapping(produces = "text/csv")
    ResponseEntity<String> csv(@PathVariable String programId, Caller caller) {
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"program-report.csv\"")
                .body(ReportCsv.of(reports.of(caller, programId)));
    }
}
