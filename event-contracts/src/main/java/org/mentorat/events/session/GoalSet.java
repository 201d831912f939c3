package org.mentorat.events.session;

import java.time.Instant;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.EventType;

/**
 * A mentee set a SMART goal in a mentorship. Carries no goal text: goals are private to the pair.
 * Subject: the goal id.
 */
@EventType(GoalSet.TYPE)
public record GoalSet(
        String goalId,
        String mentorshipId,
        String programId,
        String menteeId,
        String targetDate,
        boolean sharedWithProgram,
        Instant setAt) implements DomainEvent {

    public static final String TYPE = "org.mentorat.session.goal-set.v1";
}
