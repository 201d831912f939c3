package org.mentorat.profile.imports;

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
        String employeeNumber,
        RowOutcome outcome,
        String personId,
        List<String> changedFields,
        List<FieldError> errors) {
}
