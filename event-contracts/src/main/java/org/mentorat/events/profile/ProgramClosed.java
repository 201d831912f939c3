package org.mentorat.events.profile;

import java.time.Instant;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.EventType;

/**
 * A program was closed: no new matches, and its mentorships complete. Subject: the program id.
 */
@EventType(ProgramClosed.TYPE)
public record ProgramClosed(
        String programId,
        Instant closedAt) implements DomainEvent {

    public static final String TYPE = "org.mentorat.profile.program-closed.v1";
}
