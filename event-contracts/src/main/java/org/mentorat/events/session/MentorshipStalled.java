package org.mentorat.events.session;

import java.time.Instant;
import java.util.List;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.EventType;

/**
 * An active mentorship has held no session for its program's stall threshold; announced once per stall,
 * the next session held clears it. Subject: the mentorship id.
 *
 * @param lastSessionAt when its last session was held, null if none ever was
 */
@EventType(MentorshipStalled.TYPE)
public record MentorshipStalled(
        String mentorshipId,
        String programId,
        String mentorId,
        List<String> menteeIds,
        Instant lastSessionAt,
        int thresholdDays,
        Instant stalledAt) implements DomainEvent {

    public static final String TYPE = "org.mentorat.session.mentorship-stalled.v1";
}
