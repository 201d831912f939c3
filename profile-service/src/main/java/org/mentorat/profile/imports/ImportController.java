package org.mentorat.profile.imports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import org.mentorat.platform.openapi.ErrorAnswer;
import org.mentorat.platform.security.Caller;
import org.mentorat.platform.web.FieldError;
import org.mentorat.platform.web.InvalidRequestException;
import org.mentorat.platform.web.Problems;
import org.mentorat.profile.web.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** HR exports as CSV: upload (202, runs in the background), follow its progress, read its report. */
@RestController
@Tag(name = "Imports", description = "Bulk HR imports from CSV, row by row.")
@RequestMapping("/api/v1/imports")
class ImportController {

    static final String CSV = "text/csv";

    private final Importer importer;

    ImportController(Importer importer) {
        this.importer = importer;
    }

    /** The body is read here as a stream, not bound by Spring, so that it goes to disk as it arrives. */
    @PostMapping(consumes = CSV)
    @Operation(operationId = "startImport", summary = "Import people from CSV",
            description = "Streams an HR export (header row, one person per row) to disk and imports it in the background (202); poll the import, then read its rows. `dryRun` checks without changing anyone. 503 with Retry-After when too many imports run.")
    @ErrorAnswer(status = 413, description = "The file is larger than the service accepts (mentorat.imports.max-upload-size).")
    @ErrorAnswer(status = 503, description = "Too many imports are running; retry after `Retry-After` seconds.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            description = "An HR export with a header row",
            content = @Content(mediaType = CSV, schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<ImportView> start(HttpServletRequest request, @RequestParam(defaultValue = "false") boolean dryRun,
            Caller caller) throws IOException {
        ImportView started = importer.start(caller, request.getInputStream(), request.getContentLengthLong(),
                charsetOf(request), dryRun);
        return ResponseEntity.accepted().location(URI.create("/api/v1/imports/" + started.id())).body(started);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getImport", summary = "Read an import",
            description = "The import's status, progress and counts.")
    ImportView get(@PathVariable String id, Caller caller) {
        return importer.view(caller, id);
    }

    @GetMapping("/{id}/rows")
    @Operation(operationId = "listImportRows", summary = "List an import's rows",
            description = "Each row's outcome (created, updated, unchanged, rejected) with its errors, a page at a time.")
    Page<RowResult> rows(@PathVariable String id, @RequestParam(required = false) RowOutcome outcome,
            @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size, Caller caller) {
        return importer.rows(caller, id, outcome, page, size);
    }

    @ExceptionHandler(Importer.ImportsBusyException.class)
    ResponseEntity<ProblemDetail> busy(Importer.ImportsBusyException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "60")
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "imports-busy", e.getMessage()));
    }

    private static Charset charsetOf(HttpServletRequest request) {
        String name = request.getCharacterEncoding();
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new InvalidRequestException(List.of(new FieldError("charset", "is not a known character set")));
        }
    }
}
