package org.mentorat.profile.enrollment;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.mentorat.events.DomainEvent;
import org.mentorat.platform.store.AggregateStore;
import org.mentorat.platform.store.Changed;
import org.mentorat.profile.web.Page;

/**
 * The {@code enrollments} collection. Mapped by hand because the document is not the record: it
 * adds the {@code activeSlot} key (below), stores times of day as {@code HH:mm} strings and an
 * {@code erased} mark, and a document from an older version gets defaults on read.
 *
 * <p>One active enrolment per person, program and role, yet free re-enrolment after a withdrawal:
 * the unique key is the {@code activeSlot}, which a withdrawal replaces with a key of its own
 * (partial indexes cannot be relied on: the embedded store treats them as full ones).
 */
class EnrollmentStore {

    private static final String ACTIVE_SLOT = "activeSlot";
    /** The index of the first version, which forbade enrolling again after withdrawing. */
    private static final String FIRST_VERSION_INDEX = "one_enrollment_per_role";

    private final AggregateStore enrollments;

    EnrollmentStore(AggregateStore enrollments) {
        this.enrollments = enrollments;
        MongoCollection<Document> collection = enrollments.collection();
        for (Document index : collection.listIndexes()) {
            if (FIRST_VERSION_INDEX.equals(index.getString("name"))) {
                collection.dropIndex(FIRST_VERSION_INDEX);
            }
        }
        for (Document old : collection.find(exists(ACTIVE_SLOT, false))) {
            collection.updateOne(new Document("_id", old.get("_id")),
                    Updates.set(ACTIVE_SLOT, enrollmentOf(old).activeSlot()));
        }
        collection.createIndex(Indexes.ascending(AggregateStore.TENANT, ACTIVE_SLOT),
                new IndexOptions().unique(true).name("one_active_enrollment_per_role"));
        collection.createIndex(Indexes.ascending(AggregateStore.TENANT, "programId", "role"),
                new IndexOptions().name("by_program"));
    }

    /** @return false when the person already holds this role in the program: nothing was written */
    boolean insert(String tenantId, Enrollment enrollment, List<DomainEvent> events) {
        return enrollments.insertOnce(tenantId, enrollment.id(), stateOf(enrollment), events);
    }

    /**
     * Stores a withdrawal: only the fields it changes, so that it never writes back what an
     * erasure removed meanwhile. @return false when the enrolment changed since it was read
     */
    boolean withdraw(String tenantId, Enrollment current, Changed<Enrollment> change) {
        Enrollment withdrawn = change.state();
        return enrollments.update(tenantId, current.id(), current.version(), Updates.combine(
                Updates.set("status", withdrawn.status().name()), Updates.set(ACTIVE_SLOT, withdrawn.activeSlot()),
                Updates.set("withdrawnAt", date(withdrawn.withdrawnAt()))), change.events());
    }

    Optional<Enrollment> find(String tenantId, String id) {
        return enrollments.find(tenantId, id).map(EnrollmentStore::enrollmentOf);
    }

    boolean holdsSlot(String tenantId, Enrollment enrollment) {
        return enrollments.collection().find(and(eq(AggregateStore.TENANT, tenantId),
                eq(ACTIVE_SLOT, enrollment.activeSlot()))).first() != null;
    }

    Page<Enrollment> list(String tenantId, String programId, EnrollmentRole role, EnrollmentStatus status,
            int page, int size) {
        Bson filter = and(Stream.of(eq(AggregateStore.TENANT, tenantId), eq("programId", programId),
                        role == null ? null : eq("role", role.name()),
                        status == null ? null : eq("status", status.name()))
                .filter(Objects::nonNull).toList());
        List<Enrollment> items = enrollments.collection().find(filter).sort(Sorts.ascending("_id"))
                .skip(page * size).limit(size).map(EnrollmentStore::enrollmentOf).into(new ArrayList<>());
        return new Page<>(items, page, size, enrollments.collection().countDocuments(filter));
    }

    List<Enrollment> ofPerson(String tenantId, String personId) {
        return enrollments.collection().find(and(eq(AggregateStore.TENANT, tenantId), eq("personId", personId)))
                .sort(Sorts.ascending("_id")).map(EnrollmentStore::enrollmentOf).into(new ArrayList<>());
    }

    /**
     * Removes what a person wrote or declared (goals, topics, style, availability) from all their
     * enrolments at once; each is marked so that a repeat changes nothing.
     *
     * @return how many enrolments were erased (0 when repeated)
     */
    long erase(String tenantId, String personId) {
        return enrollments.collection().updateMany(
                and(eq(AggregateStore.TENANT, tenantId), eq("personId", personId), eq("erased", null)),
                Updates.combine(
                        Updates.set("goals", null),
                        Updates.set("topics", List.of()),
                        Updates.set("style", null),
                        Updates.set("availability", new Document("hoursPerMonth", 0).append("weeklySlots", List.of())),
                        Updates.set("erased", true)))
                .getModifiedCount();
    }

    private static Document stateOf(Enrollment e) {
        return new Document("programId", e.programId())
                .append("personId", e.personId())
                .append("role", e.role().name())
                .append("status", e.status().name())
                .append(ACTIVE_SLOT, e.activeSlot())
                .append("capacity", e.capacity())
                .append("topics", e.topics())
                .append("goals", e.goals())
                .append("style", e.style() == null ? null : e.style().name())
                .append("availability", new Document("hoursPerMonth", e.availability().hoursPerMonth())
                        .append("weeklySlots", e.availability().weeklySlots().stream()
                                .map(slot -> new Document("day", slot.day().name())
                                        .append("start", slot.start().toString())
                                        .append("end", slot.end().toString()))
                                .toList()))
                .append("enrolledAt", date(e.enrolledAt()))
                .append("withdrawnAt", date(e.withdrawnAt()));
    }

    private static Enrollment enrollmentOf(Document d) {
        EnrollmentRole role = EnrollmentRole.valueOf(d.getString("role"));
        Document availability = d.get("availability", new Document());
        List<PreferredSlot> slots = availability.getList("weeklySlots", Document.class, List.of()).stream()
                .map(slot -> new PreferredSlot(DayOfWeek.valueOf(slot.getString("day")),
                        LocalTime.parse(slot.getString("start")), LocalTime.parse(slot.getString("end"))))
                .toList();
        Integer capacity = d.getInteger("capacity");
        return new Enrollment(d.getString("_id"), ((Number) d.get("version")).longValue(), d.getString("programId"),
                d.getString("personId"), role, EnrollmentStatus.valueOf(d.getString("status")),
                role == EnrollmentRole.MENTOR ? capacity : null,
                d.getList("topics", String.class, List.of()), d.getString("goals"),
                d.getString("style") == null ? null : MentoringStyle.valueOf(d.getString("style")),
                new Availability(availability.getInteger("hoursPerMonth"), slots),
                d.getDate("enrolledAt").toInstant(),
                d.getDate("withdrawnAt") == null ? null : d.getDate("withdrawnAt").toInstant());
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }
}
