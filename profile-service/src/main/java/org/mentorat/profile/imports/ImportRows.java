package org.mentorat.profile.imports;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
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
import org.springframework.stereotype.Repository;

/**
 * The per-row reports of every import ({@code import_rows}), written in bulk as an import goes
 * and read a page at a time, so that no import ever holds its whole report in memory.
 */
@Repository
public class ImportRows {

    private static final String TENANT = "tenantId";

    private final MongoCollection<Document> rows;

    ImportRows(MongoDatabase database) {
        this.rows = database.getCollection("import_rows");
        rows.createIndex(Indexes.ascending(TENANT, "importId", "row"), new IndexOptions().name("rows_of_import"));
        rows.createIndex(Indexes.ascending(TENANT, "importId", "outcome", "row"),
                new IndexOptions().name("rows_of_import_by_outcome"));
        rows.createIndex(Indexes.ascending(TENANT, "employeeNumber"), new IndexOptions().name("rows_of_employee"));
    }

    /** One page of page-size rows; a row's page is stable because rows are ordered by number. */
    record Page(List<RowResult> items, int page, int size, long total) {
    }

    void write(String tenantId, List<RowResult> batch) {
        if (!batch.isEmpty()) {
            rows.bulkWrite(batch.stream().map(row -> new InsertOneModel<>(row.toDocument(tenantId))).toList(),
                    new BulkWriteOptions().ordered(true));
        }
    }

    Page page(String tenantId, String importId, RowOutcome outcome, int page, int size) {
        List<Bson> filters = new ArrayList<>(List.of(eq(TENANT, tenantId), eq("importId", importId)));
        if (outcome != null) {
            filters.add(eq("outcome", outcome.name()));
        }
        Bson filter = and(filters);
        List<RowResult> items = rows.find(filter).sort(Sorts.ascending("row")).skip(page * size).limit(size)
                .map(RowResult::fromDocument).into(new ArrayList<>());
        return new Page(items, page, size, rows.countDocuments(filter));
    }

    /** The first row of this import that used the employee number, if any was written. */
    Optional<Long> firstRowWith(String tenantId, String importId, String employeeNumber) {
        return Optional.ofNullable(rows.find(and(eq(TENANT, tenantId), eq("importId", importId),
                        eq("employeeNumber", employeeNumber))).sort(Sorts.ascending("row")).first())
                .map(document -> ((Number) document.get("row")).longValue());
    }

    /** Every reported row about this employee number, for a personal-data export. */
    public List<RowResult> mentioning(String tenantId, String employeeNumber) {
        return rows.find(and(eq(TENANT, tenantId), eq("employeeNumber", employeeNumber)))
                .sort(Sorts.ascending("_id")).map(RowResult::fromDocument).into(new ArrayList<>());
    }

    /** Deletes every reported row about this employee number (erasure); returns how many. */
    public long forget(String tenantId, String employeeNumber) {
        return rows.deleteMany(and(eq(TENANT, tenantId), eq("employeeNumber", employeeNumber))).getDeletedCount();
    }
}
