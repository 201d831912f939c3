package org.mentorat.profile.imports;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.mentorat.platform.web.FieldError;

/**
 * The report of one row: what happened, which attributes changed, or why it was rejected (each
 * reason names the column, or {@code row} for the row as a whole).
 *
 * @param row the spreadsheet row number (the header is row 1)
 * @param personId the person created or updated; null when rejected, or created in a dry run
 */
public record RowResult(
        String importId,
        long row,
        @Schema(maxLength = 64) String employeeNumber,
        RowOutcome outcome,
        String personId,
        @ArraySchema(maxItems = 32, schema = @Schema(maxLength = 64)) List<String> changedFields,
        @Size(max = FieldError.MAX_PER_PROBLEM) List<FieldError> errors) {
}
