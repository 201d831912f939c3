package org.mentorat.profile.imports;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.mentorat.platform.web.FieldError;
import org.mentorat.profile.web.Page;

/**
 * The per-row reports of every import ({@code import_rows}), written in bulk as an import goes
 * and read a page at a time, so that no import ever holds its whole report in memory. Mapped by
 * hand because the document adds what the row does not hold: its key ({@code importId:row}) and
 * tenant.
 */
class ImportRowStore {

    private static final String TENANT = "tenantId";

    private final MongoCollection<Document> rows;

    ImportRowStore(MongoCollection<Document> rows) {
        this.rows = rows;
        rows.createIndex(Indexes.ascending(TENANT, "importId", "row"), new IndexOptions().name("rows_of_import"));
        rows.createIndex(Indexes.ascending(TENANT, "importId", "outcome", "row"),
                new IndexOptions().name("rows_of_import_by_outcome"));
        rows.createIndex(Indexes.ascending(TENANT, "employeeNumber"), new IndexOptions().name("rows_of_employee"));
    }

    void write(String tenantId, List<RowResult> batch) {
        if (!batch.isEmpty()) {
            rows.bulkWrite(batch.stream().map(row -> new InsertOneModel<>(documentOf(tenantId, row))).toList(),
                    new BulkWriteOptions().ordered(true));
        }
    }

    Page<RowResult> page(String tenantId, String importId, RowOutcome outcome, int page, int size) {
        List<Bson> filters = new ArrayList<>(List.of(eq(TENANT, tenantId), eq("importId", importId)));
        if (outcome != null) {
            filters.add(eq("outcome", outcome.name()));
        }
        Bson filter = and(filters);
        List<RowResult> items = rows.find(filter).sort(Sorts.ascending("row")).skip(page * size).limit(size)
                .map(ImportRowStore::rowOf).into(new ArrayList<>());
        return new Page<>(items, page, size, rows.countDocuments(filter));
    }

    /** The first row of this import that used the employee number, if any was written. */
    Optional<Long> firstRowWith(String tenantId, String importId, String employeeNumber) {
        return Optional.ofNullable(rows.find(and(eq(TENANT, tenantId), eq("importId", importId),
                        eq("employeeNumber", employeeNumber))).sort(Sorts.ascending("row")).first())
                .map(document -> ((Number) document.get("row")).longValue());
    }

    /** Every reported row about this employee number, for a personal-data export. */
    List<RowResult> mentioning(String tenantId, String employeeNumber) {
        return rows.find(and(eq(TENANT, tenantId), eq("employeeNumber", employeeNumber)))
                .sort(Sorts.ascending("_id")).map(ImportRowStore::rowOf).into(new ArrayList<>());
    }

    /** Deletes every reported row about this employee number (erasure); returns how many. */
    long forget(String tenantId, String employeeNumber) {
        return rows.deleteMany(and(eq(TENANT, tenantId), eq("employeeNumber", employeeNumber))).getDeletedCount();
    }

    private static Document documentOf(String tenantId, RowResult row) {
        return new Document("_id", row.importId() + ":" + row.row())
                .append(TENANT, tenantId)
                .append("importId", row.importId())
                .append("row", row.row())
                .append("employeeNumber", row.employeeNumber())
                .append("outcome", row.outcome().name())
                .append("personId", row.personId())
                .append("changedFields", row.changedFields())
                .append("errors", row.errors().stream()
                        .map(error -> new Document("field", error.field()).append("message", error.message()))
                        .toList());
    }

    private static RowResult rowOf(Document document) {
        return new RowResult(document.getString("importId"), ((Number) document.get("row")).longValue(),
                document.getString("employeeNumber"), RowOutcome.valueOf(document.getString("outcome")),
                document.getString("personId"), document.getList("changedFields", String.class, List.of()),
                document.getList("errors", Document.class, List.of()).stream()
                        .map(error -> new FieldError(error.getString("field"), error.getString("message")))
                        .toList());
    }
}
