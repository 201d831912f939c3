package org.mentorat.session.meeting;

import org.mentorat.events.session.SessionCancelled;
import org.mentorat.events.session.SessionRescheduled;
import org.mentorat.events.session.SessionScheduled;

/**
 * The events that change a session's place in calendars. Each carries what the invite it
 * announces says (all but names and addresses), so that notification-service sends the very
 * invite this service serves: the revision time of each is the invite's DTSTAMP.
 */
final class InviteEvents {

    private InviteEvents() {
    }

    static SessionScheduled scheduled(Session session) {
        SessionPlan plan = session.plan();
        return new SessionScheduled(session.id(), session.mentorshipId(), session.mentorId(), session.menteeId(),
                plan.startsAt(), plan.durationMinutes(), session.programId(), session.menteeIds(), plan.timeZone(),
                plan.format().name(), plan.location(), session.sequence(),
                session.series() == null ? null : session.series().seriesId(), plan.agenda(), session.scheduledAt());
    }

    static SessionRescheduled rescheduled(Session session) {
        SessionPlan plan = session.plan();
        return new SessionRescheduled(session.id(), session.mentorshipId(), session.programId(), session.mentorId(),
                session.menteeIds(), plan.startsAt(), plan.durationMinutes(), plan.timeZone(), session.sequence(),
                session.revisedAt(), plan.format().name(), plan.location(), plan.agenda(), session.scheduledAt());
    }

    static SessionCancelled cancelled(Session session) {
        SessionPlan plan = session.plan();
        return new SessionCancelled(session.id(), session.mentorshipId(), session.programId(), session.mentorId(),
                session.menteeIds(), plan.startsAt(), session.sequence(), session.cancelReason(), session.cancelledAt(),
                plan.durationMinutes(), plan.timeZone(), plan.format().name(), plan.location(), plan.agenda(),
                session.scheduledAt());
    }
}
