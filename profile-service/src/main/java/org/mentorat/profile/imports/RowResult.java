package org.mentorat.profile.imports;

import java.util.List;
import org.bson.Document;
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

    Document toDocument(String tenantId) {
        return new Document("_id", importId + ":" + row)
                .append("tenantId", tenantId)
                .append("importId", importId)
                .append("row", row)
                .append("employeeNumber", employeeNumber)
                .append("outcome", outcome.name())
                .append("personId", personId)
                .append("changedFields", changedFields)
                .append("errors", errors.stream()
                        .map(error -> new Document("field", error.field()).append("message", error.message()))
                        .toList());
    }

    static RowResult fromDocument(Document document) {
        return new RowResult(document.getString("importId"), ((Number) document.get("row")).longValue(),
                document.getString("employeeNumber"), RowOutcome.valueOf(document.getString("outcome")),
                document.getString("personId"), document.getList("changedFields", String.class, List.of()),
                document.getList("errors", Document.class, List.of()).stream()
                        .map(error -> new FieldError(error.getString("field"), error.getString("message")))
                        .toList());
    }
}
