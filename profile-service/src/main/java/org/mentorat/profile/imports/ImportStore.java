package org.mentorat.profile.imports;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/**
 * The {@code imports} collection: status, counts and progress, updated after each batch. Mapped by
 * hand because the document is not the view: it keeps bytes read and the file's size, from which
 * the view derives its progress.
 */
class ImportStore {

    private static final String TENANT = "tenantId";

    private final MongoCollection<Document> imports;
    private final Clock clock;

    ImportStore(MongoCollection<Document> imports, Clock clock) {
        this.imports = imports;
        this.clock = clock;
    }

    void create(String tenantId, String id, String requestedBy, boolean dryRun, long sizeBytes, List<String> warnings) {
        imports.insertOne(new Document("_id", id).append(TENANT, tenantId)
                .append("status", ImportStatus.RUNNING.name())
                .append("dryRun", dryRun)
                .append("requestedBy", requestedBy)
                .append("createdAt", now())
                .append("sizeBytes", sizeBytes)
                .append("bytesRead", 0L)
                .append("counts", counts(new ImportView.Counts(0, 0, 0, 0)))
                .append("warnings", warnings));
    }

    void progress(String tenantId, String id, ImportView.Counts counts, long bytesRead) {
        imports.updateOne(and(eq("_id", id), eq(TENANT, tenantId)), Updates.combine(
                Updates.set("counts", counts(counts)), Updates.set("bytesRead", bytesRead),
                Updates.set("updatedAt", now())));
    }

    void complete(String tenantId, String id, ImportView.Counts counts) {
        finish(tenantId, id, counts, ImportStatus.COMPLETED, null);
    }

    void fail(String tenantId, String id, ImportView.Counts counts, String failure) {
        finish(tenantId, id, counts, ImportStatus.FAILED, failure);
    }

    void delete(String tenantId, String id) {
        imports.deleteOne(and(eq("_id", id), eq(TENANT, tenantId)));
    }

    Optional<ImportView> find(String tenantId, String id) {
        return Optional.ofNullable(imports.find(and(eq("_id", id), eq(TENANT, tenantId))).first()).map(ImportStore::view);
    }

    private void finish(String tenantId, String id, ImportView.Counts counts, ImportStatus status, String failure) {
        imports.updateOne(and(eq("_id", id), eq(TENANT, tenantId)), Updates.combine(
                Updates.set("counts", counts(counts)), Updates.set("status", status.name()),
                Updates.set("failure", failure), Updates.set("finishedAt", now()), Updates.set("updatedAt", now())));
    }

    private static ImportView view(Document d) {
        Document c = d.get("counts", Document.class);
        ImportView.Counts counts = new ImportView.Counts(number(c, "created"), number(c, "updated"),
                number(c, "unchanged"), number(c, "rejected"));
        ImportStatus status = ImportStatus.valueOf(d.getString("status"));
        long size = number(d, "sizeBytes");
        int percent = status == ImportStatus.COMPLETED ? 100
                : size == 0 ? 0 : (int) Math.min(99, number(d, "bytesRead") * 100 / size);
        Date finishedAt = d.getDate("finishedAt");
        return new ImportView(d.getString("_id"), status, d.getBoolean("dryRun", false), d.getString("requestedBy"),
                d.getDate("createdAt").toInstant(), finishedAt == null ? null : finishedAt.toInstant(),
                status == ImportStatus.COMPLETED ? counts.total() : null, counts,
                new ImportView.Progress(counts.total(), percent), d.getList("warnings", String.class, List.of()),
                d.getString("failure"), "/api/v1/imports/" + d.getString("_id") + "/rows");
    }

    private static Document counts(ImportView.Counts counts) {
        return new Document("created", counts.created()).append("updated", counts.updated())
                .append("unchanged", counts.unchanged()).append("rejected", counts.rejected());
    }

    private static long number(Document document, String field) {
        Object value = document.get(field);
        return value == null ? 0 : ((Number) value).longValue();
    }

    private Date now() {
        return Date.from(clock.instant());
    }
}
