package org.mentorat.events.session;

import java.time.Instant;
import java.util.List;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.EventType;

/**
 * A scheduled session was called off. Subject: the session id.
 *
 * @param sequence the iCalendar SEQUENCE of the cancelling invite
 * @param reason free text from the person who cancelled, null if none
 */
@EventType(SessionCancelled.TYPE)
public record SessionCancelled(
        String sessionId,
        String mentorshipId,
        String programId,
        String mentorId,
        List<String> menteeIds,
        Instant startsAt,
        int sequence,
        String reason,
        Instant cancelledAt) implements DomainEvent {

    public static final String TYPE = "org.mentorat.session.session-cancelled.v1";
}
