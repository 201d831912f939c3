package org.mentorat.profile.enrollment;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.mentorat.events.profile.EnrollmentWithdrawn;
import org.mentorat.platform.store.Changed;

/**
 * A person's participation in a program in one role. Enrolling announces what matching needs to
 * know about the person in that role (see {@link RegistrationEvents}); withdrawing announces that
 * they left, once.
 *
 * @param capacity mentors only; null for mentees
 * @param goals mentees only
 * @param style a mentor's own style, or the style a mentee prefers
 */
public record Enrollment(
        String id,
        long version,
        String programId,
        String personId,
        EnrollmentRole role,
        EnrollmentStatus status,
        Integer capacity,
        @ArraySchema(maxItems = 30, schema = @Schema(maxLength = 100)) List<String> topics,
        @Schema(maxLength = 2000) String goals,
        MentoringStyle style,
        Availability availability,
        Instant enrolledAt,
        Instant withdrawnAt) {

    static Enrollment of(String id, String programId, EnrollmentRequest request, Instant now) {
        boolean mentor = request.role() == EnrollmentRole.MENTOR;
        return new Enrollment(id, 1, programId, request.personId(), request.role(), EnrollmentStatus.ACTIVE,
                mentor ? (request.capacity() == null ? 1 : request.capacity()) : null,
                request.topics() == null ? List.of() : List.copyOf(request.topics()),
                request.goals(), request.style(),
                request.availability() == null ? Availability.UNSAID : request.availability().withDefaults(),
                now, null);
    }

    boolean isActive() {
        return status == EnrollmentStatus.ACTIVE;
    }

    /** Withdrawing twice changes nothing and announces nothing the second time. */
    Changed<Enrollment> withdraw(Instant now) {
        if (!isActive()) {
            return Changed.of(this);
        }
        Enrollment withdrawn = new Enrollment(id, version, programId, personId, role, EnrollmentStatus.WITHDRAWN,
                capacity, topics, goals, style, availability, enrolledAt, now);
        return Changed.of(withdrawn, new EnrollmentWithdrawn(id, programId, personId, role.name(), now));
    }

    /** The key that allows one active enrolment per person, program and role, and any number of past ones. */
    String activeSlot() {
        return isActive() ? programId + "|" + personId + "|" + role : "withdrawn|" + id;
    }
}
