package org.mentorat.events.profile;

import java.time.Instant;
import java.util.List;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.EventType;

/** A person enrolled in a program as a mentee. Subject: the enrollment id. */
@EventType(MenteeRegistered.TYPE)
public record MenteeRegistered(
        String enrollmentId,
        String programId,
        String personId,
        List<String> topicsWanted,
        List<String> languages,
        String department,
        String goals,
        Instant registeredAt) implements DomainEvent {

    public static final String TYPE = "org.mentorat.profile.mentee-registered.v1";
}
