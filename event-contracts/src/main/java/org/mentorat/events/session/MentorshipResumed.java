package org.mentorat.events.session;

import java.time.Instant;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.EventType;

/**
 * A paused mentorship is active again. Subject: the mentorship id.
 */
@EventType(MentorshipResumed.TYPE)
public record MentorshipResumed(
        String mentorshipId,
        String programId,
        Instant resumedAt) implements DomainEvent {

    public static final String TYPE = "org.mentorat.session.mentorship-resumed.v1";
}
