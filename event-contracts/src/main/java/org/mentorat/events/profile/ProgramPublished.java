package org.mentorat.events.profile;

import java.time.Instant;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.EventType;

/** A program opened for enrolment. Subject: the program id. */
@EventType(ProgramPublished.TYPE)
public record ProgramPublished(
        String programId,
        String name,
        String type,
        Instant publishedAt) implements DomainEvent {

    public static final String TYPE = "org.mentorat.profile.program-published.v1";
}
