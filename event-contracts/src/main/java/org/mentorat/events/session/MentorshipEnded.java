package org.mentorat.events.session;

import java.time.Instant;
import java.util.List;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.EventType;

/**
 * A mentorship stopped before its planned end. Subject: the mentorship id.
 *
 * @param reason {@code MENTOR_LEFT}, {@code MENTEE_LEFT}, {@code MENTOR_WITHDREW}, {@code MENTEE_WITHDREW} (from the match that ended), {@code PARTICIPANT_DEACTIVATED} (a profile was deactivated), {@code ENDED_BY_PARTICIPANT} or {@code ENDED_BY_ADMIN}
 */
@EventType(MentorshipEnded.TYPE)
public record MentorshipEnded(
        String mentorshipId,
        String programId,
        String mentorId,
        List<String> menteeIds,
        String reason,
        Instant startedAt,
        Instant endedAt) implements DomainEvent {

    public static final String TYPE = "org.mentorat.session.mentorship-ended.v1";
}
