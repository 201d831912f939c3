package org.mentorat.events.session;

import java.time.Instant;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.EventType;

/** A session took place; both participants are asked for feedback. Subject: the session id. */
@EventType(SessionCompleted.TYPE)
public record SessionCompleted(
        String sessionId,
        String mentorshipId,
        String programId,
        String mentorId,
        String menteeId,
        Instant completedAt) implements DomainEvent {

    public static final String TYPE = "org.mentorat.session.session-completed.v1";
}
