package org.mentorat.events.profile;

import java.time.Instant;
import java.util.List;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.EventType;

/** A person enrolled in a program as a mentor. Subject: the enrollment id. */
@EventType(MentorRegistered.TYPE)
public record MentorRegistered(
        String enrollmentId,
        String programId,
        String personId,
        int capacity,
        List<String> topics,
        List<String> languages,
        String department,
        Instant registeredAt) implements DomainEvent {

    public static final String TYPE = "org.mentorat.profile.mentor-registered.v1";
}
