package org.mentorat.profile.enrollment;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/** Maps enrolments to and from their MongoDB documents; documents from older versions get defaults. */
final class EnrollmentDocuments {

    static final String ACTIVE_SLOT = "activeSlot";

    private EnrollmentDocuments() {
    }

    static Document toDocument(Enrollment e) {
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

    static Enrollment fromDocument(Document d) {
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
