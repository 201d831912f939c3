package org.mentorat.profile.enrollment;

import static com.mongodb.client.model.Filters.exists;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.mentorat.platform.store.AggregateStore;

/**
 * One active enrolment per person, program and role, yet free re-enrolment after a withdrawal:
 * the unique key is the {@code activeSlot}, which a withdrawal replaces with a key of its own
 * (partial indexes cannot be relied on: the embedded store treats them as full ones).
 */
final class EnrollmentIndexes {

    /** The index of the first version, which forbade enrolling again after withdrawing. */
    private static final String FIRST_VERSION_INDEX = "one_enrollment_per_role";

    private EnrollmentIndexes() {
    }

    static void ensure(MongoCollection<Document> enrollments) {
        for (Document index : enrollments.listIndexes()) {
            if (FIRST_VERSION_INDEX.equals(index.getString("name"))) {
                enrollments.dropIndex(FIRST_VERSION_INDEX);
            }
        }
        for (Document old : enrollments.find(exists(EnrollmentDocuments.ACTIVE_SLOT, false))) {
            enrollments.updateOne(new Document("_id", old.get("_id")), Updates.set(EnrollmentDocuments.ACTIVE_SLOT,
                    EnrollmentDocuments.fromDocument(old).activeSlot()));
        }
        enrollments.createIndex(Indexes.ascending(AggregateStore.TENANT, EnrollmentDocuments.ACTIVE_SLOT),
                new IndexOptions().unique(true).name("one_active_enrollment_per_role"));
        enrollments.createIndex(Indexes.ascending(AggregateStore.TENANT, "programId", "role"),
                new IndexOptions().name("by_program"));
    }
}
