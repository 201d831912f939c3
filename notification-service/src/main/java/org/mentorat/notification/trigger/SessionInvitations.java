package org.mentorat.notification.trigger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.mentorat.events.session.SessionCancelled;
import org.mentorat.events.session.SessionRescheduled;
import org.mentorat.events.session.SessionScheduled;
import org.mentorat.notification.dispatch.Dispatches;
import org.mentorat.notification.message.MessageArguments;
import org.mentorat.notification.message.NotificationKind;
import org.mentorat.notification.message.SessionFormat;
import org.mentorat.notification.program.ProgramSettings;
import org.mentorat.platform.events.IncomingEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A session was put in the calendar, moved or called off: its people get the invite (or its
 * cancellation) and, before it starts, the reminders their program sets (24 h and 1 h unless it
 * says otherwise).
 *
 * <p>Each revision of a session carries its SEQUENCE. Its reminders are grouped by revision, so
 * a move cancels the reminders of every earlier revision and schedules its own, and handling the
 * same revision again cancels nothing it scheduled. A revision older than one already handled
 * (events overtaking each other) changes nothing. A reminder whose moment has already passed
 * when the session is scheduled is not sent.
 */
@Component
class SessionInvitations {

    private static final Logger log = LoggerFactory.getLogger(SessionInvitations.class);

    private final Notifier notifier;
    private final InviteFiles invites;
    private final Dispatches dispatches;
    private final ProgramSettings programs;
    private final TriggerMemoryStore memory;
    private final TriggerProperties links;
    private final Clock clock;

    SessionInvitations(Notifier notifier, InviteFiles invites, Dispatches dispatches, ProgramSettings programs,
            TriggerMemoryStore memory, TriggerProperties links, Clock clock) {
        this.notifier = notifier;
        this.invites = invites;
        this.dispatches = dispatches;
        this.programs = programs;
        this.memory = memory;
        this.links = links;
        this.clock = clock;
    }

    void on(SessionScheduled scheduled, IncomingEvent event) {
        revise(SessionPlan.of(scheduled), NotificationKind.SESSION_SCHEDULED, event);
    }

    void on(SessionRescheduled rescheduled, IncomingEvent event) {
        revise(SessionPlan.of(rescheduled), NotificationKind.SESSION_RESCHEDULED, event);
    }

    void on(SessionCancelled cancelled, IncomingEvent event) {
        revise(SessionPlan.of(cancelled), NotificationKind.SESSION_CANCELLED, event);
    }

    private void revise(SessionPlan plan, NotificationKind kind, IncomingEvent event) {
        String tenantId = event.tenantId();
        SessionRevision known = memory.revisionOf(tenantId, plan.sessionId());
        if (plan.sequence() < known.sequence()) {
            log.info("{} tenant={} aggregate={} eventId={}: revision {} is older than {}; skipped", kind, tenantId,
                    plan.sessionId(), event.id(), plan.sequence(), known.sequence());
            return;
        }
        for (int earlier = 0; earlier < plan.sequence() + (plan.cancelled() ? 1 : 0); earlier++) {
            dispatches.cancel(tenantId, remindersOf(plan.sessionId(), earlier));
        }
        Instant previousStart = known.sequence() < plan.sequence() ? known.startsAt() : known.previousStartsAt();
        Occasion notice = Occasion.now(tenantId, kind, plan.sessionId(), plan.programId(), details(plan))
                .occurrence("revision-" + plan.sequence());
        notifier.notify(notice, plan.people(), (recipient, letterhead) -> about(plan, letterhead)
                        .previousSessionStart(kind == NotificationKind.SESSION_RESCHEDULED ? previousStart : null)
                        .build(),
                addressee -> invites.inviteFor(tenantId, plan, addressee.locale()));
        if (!plan.cancelled()) {
            remind(plan, tenantId);
        }
        memory.revised(tenantId, plan.sessionId(), plan.sequence(), plan.startsAt());
    }

    private void remind(SessionPlan plan, String tenantId) {
        Instant now = clock.instant();
        for (Duration offset : programs.of(tenantId, plan.programId()).reminderOffsets()) {
            Instant due = plan.startsAt().minus(offset);
            if (!due.isAfter(now)) {
                continue;
            }
            Occasion reminder = new Occasion(tenantId, NotificationKind.SESSION_REMINDER, plan.sessionId(),
                    plan.programId(), "revision-" + plan.sequence() + ":" + offset, due, plan.startsAt(),
                    remindersOf(plan.sessionId(), plan.sequence()), details(plan));
            notifier.notify(reminder, plan.people(),
                    (recipient, letterhead) -> about(plan, letterhead).reminderOffset(offset).build());
        }
    }

    private MessageArguments.Builder about(SessionPlan plan, MessageArguments.Builder letterhead) {
        return letterhead.session(plan.startsAt(), Duration.ofMinutes(plan.durationMinutes()),
                        SessionFormat.from(plan.format()), plan.location())
                .actionUrl(links.link("sessions", plan.sessionId()));
    }

    private static Map<String, String> details(SessionPlan plan) {
        return plan.mentorshipId() == null ? Map.of("sessionId", plan.sessionId())
                : Map.of("sessionId", plan.sessionId(), "mentorshipId", plan.mentorshipId());
    }

    private static String remindersOf(String sessionId, int sequence) {
        return "reminders:" + sessionId + ":" + sequence;
    }
}
