package org.mentorat.events.session;

import java.time.Instant;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.EventType;

/**
 * A mentorship was put on hold until a resume date. Subject: the mentorship id.
 *
 * @param resumeOn ISO date on which it becomes active again by itself
 * @param reason free text from the person who paused it, null if none
 */
@EventType(MentorshipPaused.TYPE)
public record MentorshipPaused(
        String mentorshipId,
        String programId,
        String resumeOn,
        String reason,
        Instant pausedAt) implements DomainEvent {

    public static final String TYPE = "org.mentorat.session.mentorship-paused.v1";
}
