package org.mentorat.events.session;

import java.time.Instant;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.EventType;

/**
 * A SMART goal was marked achieved. Subject: the goal id.
 */
@EventType(GoalAchieved.TYPE)
public record GoalAchieved(
        String goalId,
        String mentorshipId,
        String programId,
        String menteeId,
        Instant achievedAt) implements DomainEvent {

    public static final String TYPE = "org.mentorat.session.goal-achieved.v1";
}
