package org.mentorat.events.session;

import java.time.Instant;
import java.util.List;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.EventType;

/**
 * A session took place; both participants are asked for feedback. Subject: the session id.
 *
 * @param menteeId the first mentee (kept for consumers written before group sessions)
 * @param menteeIds every mentee of the session
 * @param actualMinutes how long it actually lasted
 */
@EventType(SessionCompleted.TYPE)
public record SessionCompleted(
        String sessionId,
        String mentorshipId,
        String programId,
        String mentorId,
        String menteeId,
        Instant completedAt,
        List<String> menteeIds,
        int actualMinutes) implements DomainEvent {

    public static final String TYPE = "org.mentorat.session.session-completed.v1";
}
