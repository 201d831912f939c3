package org.mentorat.notification.trigger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.mentorat.events.session.GoalAchieved;
import org.mentorat.events.session.GoalSet;
import org.mentorat.notification.contact.Contact;
import org.mentorat.notification.contact.Contacts;
import org.mentorat.notification.dispatch.Dispatches;
import org.mentorat.notification.message.NotificationKind;
import org.mentorat.platform.events.IncomingEvent;
import org.springframework.stereotype.Component;

/**
 * A goal's target date draws near: the mentee hears of it some days before, in the morning of
 * their own day, unless the goal was achieved first. A goal set too close to its date for that is
 * recalled the next morning if that still comes before the date, else not at all.
 */
@Component
class GoalReminders {

    private final Notifier notifier;
    private final Contacts contacts;
    private final Dispatches dispatches;
    private final TriggerProperties properties;
    private final Clock clock;

    GoalReminders(Notifier notifier, Contacts contacts, Dispatches dispatches, TriggerProperties properties,
            Clock clock) {
        this.notifier = notifier;
        this.contacts = contacts;
        this.dispatches = dispatches;
        this.properties = properties;
        this.clock = clock;
    }

    void on(GoalSet goal, IncomingEvent event) {
        Occasion.requireText(goal.goalId(), "goalId");
        Occasion.requireText(goal.menteeId(), "menteeId");
        if (goal.targetDate() == null) {
            return;
        }
        LocalDate target = dateOf(goal);
        ZoneId zone = contacts.of(event.tenantId(), goal.menteeId()).map(Contact::timeZone).orElse(ZoneOffset.UTC);
        Instant deadline = target.atStartOfDay(zone).toInstant();
        Instant due = target.minusDays(properties.goalReminderBefore().toDays()).atTime(properties.goalReminderAt())
                .atZone(zone).toInstant();
        Instant now = clock.instant();
        if (due.isBefore(now)) {
            due = LocalDate.ofInstant(now, zone).plusDays(1).atTime(properties.goalReminderAt()).atZone(zone).toInstant();
        }
        if (!due.isBefore(deadline)) {
            return;
        }
        Occasion occasion = new Occasion(event.tenantId(), NotificationKind.GOAL_DUE, goal.goalId(), goal.programId(),
                goal.targetDate(), due, deadline, groupOf(goal.goalId()),
                Map.of("goalId", goal.goalId(), "mentorshipId", goal.mentorshipId(), "programId", goal.programId()));
        notifier.notify(occasion, List.of(new Recipient(goal.menteeId(), "MENTEE", List.of())),
                (recipient, letterhead) -> letterhead
                        .goal(null, target)
                        .actionUrl(properties.link("mentorships", goal.mentorshipId(), "goals", goal.goalId()))
                        .build());
    }

    void on(GoalAchieved achieved, IncomingEvent event) {
        Occasion.requireText(achieved.goalId(), "goalId");
        dispatches.cancel(event.tenantId(), groupOf(achieved.goalId()));
    }

    private static LocalDate dateOf(GoalSet goal) {
        try {
            return LocalDate.parse(goal.targetDate());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("GoalSet " + goal.goalId() + " has no ISO target date: "
                    + goal.targetDate(), e);
        }
    }

    private static String groupOf(String goalId) {
        return "goal:" + goalId;
    }
}
