package org.mentorat.events.profile;

import java.time.Instant;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.EventType;

/** A person left a program in one role. Subject: the enrolment id. */
@EventType(EnrollmentWithdrawn.TYPE)
public record EnrollmentWithdrawn(
        String enrollmentId,
        String programId,
        String personId,
        String role,
        Instant withdrawnAt) implements DomainEvent {

    public static final String TYPE = "org.mentorat.profile.enrollment-withdrawn.v1";
}
