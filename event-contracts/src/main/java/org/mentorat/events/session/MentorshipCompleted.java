package org.mentorat.events.session;

import java.time.Instant;
import java.util.List;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.EventType;

/**
 * A mentorship reached its end as planned. Subject: the mentorship id.
 *
 * @param reason {@code PLANNED_END} (its planned end date came), {@code PROGRAM_CLOSED} or {@code FLASH_SESSION_HELD} (a FLASH program's one session took place)
 */
@EventType(MentorshipCompleted.TYPE)
public record MentorshipCompleted(
        String mentorshipId,
        String programId,
        String mentorId,
        List<String> menteeIds,
        String reason,
        Instant startedAt,
        Instant completedAt) implements DomainEvent {

    public static final String TYPE = "org.mentorat.session.mentorship-completed.v1";
}
