package org.mentorat.profile.imports;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.mentorat.platform.web.Identifiers;

/**
 * An import as its API shows it.
 *
 * @param totalRows data rows in the file, known once the import completed
 * @param failure why the import stopped, when FAILED
 * @param rows where the per-row results are, a page at a time
 */
record ImportView(
        String id,
        ImportStatus status,
        boolean dryRun,
        @Schema(maxLength = Identifiers.MAX_LENGTH) String requestedBy,
        Instant createdAt,
        Instant finishedAt,
        Long totalRows,
        Counts counts,
        Progress progress,
        @ArraySchema(maxItems = 100, schema = @Schema(maxLength = 1000)) List<String> warnings,
        @Schema(maxLength = 1000) String failure,
        @Schema(maxLength = 200, format = "uri-reference") String rows) {

    record Counts(long created, long updated, long unchanged, long rejected) {

        long total() {
            return created + updated + unchanged + rejected;
        }
    }

    /** @param percent of the file's bytes read, 100 once completed */
    record Progress(long rowsProcessed, int percent) {
    }
}
