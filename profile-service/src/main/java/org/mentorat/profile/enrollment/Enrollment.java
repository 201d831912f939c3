package org.mentorat.profile.enrollment;

import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.profile.MenteeRegistered;
import org.mentorat.events.profile.MentorRegistered;
import org.mentorat.profile.people.Person;

/**
 * A person's participation in a program, as mentor or mentee. Enrolling announces what matching
 * needs to know about the person in that role, so matching never calls profile-service.
 */
record Enrollment(
        String id,
        String programId,
        String personId,
        EnrollmentRole role,
        int capacity,
        List<String> topics,
        String goals,
        Instant enrolledAt) {

    List<DomainEvent> registrationEvents(Person person) {
        return List.of(switch (role) {
            case MENTOR -> new MentorRegistered(id, programId, personId, capacity, topics, person.profile().languages(),
                    person.profile().department(), enrolledAt);
            case MENTEE -> new MenteeRegistered(id, programId, personId, topics, person.profile().languages(),
                    person.profile().department(), goals, enrolledAt);
        });
    }

    Document toDocument() {
        return new Document("programId", programId)
                .append("personId", personId)
                .append("role", role.name())
                .append("capacity", capacity)
                .append("topics", topics)
                .append("goals", goals)
                .append("enrolledAt", java.util.Date.from(enrolledAt))
                .append("status", "ACTIVE");
    }

    static Enrollment fromDocument(Document document) {
        return new Enrollment(document.getString("_id"), document.getString("programId"),
                document.getString("personId"), EnrollmentRole.valueOf(document.getString("role")),
                document.getInteger("capacity", 0), document.getList("topics", String.class, List.of()),
                document.getString("goals"), document.getDate("enrolledAt").toInstant());
    }
}
