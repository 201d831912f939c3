package org.mentorat.profile.privacy;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * Reads a person's enrolments for their data export, straight from the {@code enrollments}
 * collection (the enrollment feature offers no query for it). Read-only, and generic on purpose:
 * whatever an enrolment holds is exported, only the outbox bookkeeping is left out.
 */
@Repository
class EnrollmentRecords {

    private static final Set<String> BOOKKEEPING = Set.of("tenantId", "outbox", "outboxPending", "leaseUntil",
            "leaseOwner");

    private final MongoCollection<Document> enrollments;

    EnrollmentRecords(MongoDatabase database) {
        this.enrollments = database.getCollection("enrollments");
    }

    List<Map<String, Object>> of(String tenantId, String personId) {
        List<Map<String, Object>> records = new ArrayList<>();
        enrollments.find(and(eq("tenantId", tenantId), eq("personId", personId))).sort(Sorts.ascending("_id"))
                .forEach(document -> records.add(plain(document)));
        return records;
    }

    private static Map<String, Object> plain(Document document) {
        Map<String, Object> values = new LinkedHashMap<>();
        document.forEach((field, value) -> {
            if (!BOOKKEEPING.contains(field)) {
                values.put("_id".equals(field) ? "id" : field, plainValue(value));
            }
        });
        return values;
    }

    private static Object plainValue(Object value) {
        return switch (value) {
            case Document nested -> plain(nested);
            case List<?> list -> list.stream().map(EnrollmentRecords::plainValue).toList();
            case Date date -> date.toInstant().toString();
            case String text -> text;
            case Number number -> number;
            case Boolean flag -> flag;
            case null -> null;
            default -> value.toString();
        };
    }
}
