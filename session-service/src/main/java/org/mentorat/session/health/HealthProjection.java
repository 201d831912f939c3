package org.mentorat.session.health;

import java.util.Optional;
import java.util.function.UnaryOperator;
import org.mentorat.platform.events.IncomingEvent;
import org.mentorat.platform.store.Changed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Keeps the programs' report documents up to date, one event at a time, with an exactly-once
 * effect and no multi-document transaction:
 *
 * <ol>
 *   <li>the mentorship's activity document takes the event (versioned write) unless it has
 *       applied that source's sequence already, and queues the resulting change of the program's
 *       figures in its {@code pending} list, in the same write;
 *   <li>the program's document takes each pending delta in, unless that delta's id is in flight
 *       there (then it was taken in already), and lists the id as in flight;
 *   <li>the activity lets go of the delta, then the program forgets its id.
 * </ol>
 *
 * A crash anywhere leaves the delta pending; the redelivered event (its offset is committed only
 * after this returns) finds the event applied and the delta pending, and resumes at step 2.
 */
@Service
class HealthProjection {

    private static final Logger log = LoggerFactory.getLogger(HealthProjection.class);
    private static final int ATTEMPTS = 5;

    private final ActivityStore activities;
    private final ProgramReportStore reports;

    HealthProjection(ActivityStore activities, ProgramReportStore reports) {
        this.activities = activities;
        this.reports = reports;
    }

    /** Applies one event's effect on its mentorship once, then carries the change into the program's figures. */
    void apply(IncomingEvent event, String mentorshipId, String programId, UnaryOperator<MentorshipActivity> effect) {
        requireText(mentorshipId, "mentorshipId", event);
        requireText(programId, "programId", event);
        flush(record(event, mentorshipId, programId, effect));
    }

    void describeProgram(IncomingEvent event, String programId, String name, Integer stallAfterDays) {
        requireText(programId, "programId", event);
        if (stallAfterDays != null && stallAfterDays < 1) {
            throw new IllegalArgumentException(event.type() + " has a stall threshold below one day: " + stallAfterDays);
        }
        reports.describe(event.tenantId(), programId, name, stallAfterDays);
    }

    /** Takes in every delta the activity still holds, in order; each is taken in at most once. */
    void flush(MentorshipActivity activity) {
        for (PendingDelta delta : activity.pending()) {
            boolean taken = reports.takeIn(activity.tenantId(), activity.programId(), delta);
            activities.release(activity.tenantId(), activity.id(), delta.eventId());
            reports.settle(activity.tenantId(), activity.programId(), delta.eventId());
            log.debug("report of program {} tenant={} aggregate={} eventId={}: {}", activity.programId(),
                    activity.tenantId(), activity.id(), delta.eventId(), taken ? "updated" : "already up to date");
        }
    }

    private MentorshipActivity record(IncomingEvent event, String mentorshipId, String programId,
            UnaryOperator<MentorshipActivity> effect) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<MentorshipActivity> found = activities.find(event.tenantId(), mentorshipId);
            MentorshipActivity current = found.orElseGet(
                    () -> MentorshipActivity.unknown(event.tenantId(), mentorshipId, programId));
            if (current.hasApplied(event.subject(), event.sequence())) {
                log.info("{} tenant={} aggregate={} eventId={} already applied to mentorship {}; skipped",
                        event.type(), event.tenantId(), event.subject(), event.id(), mentorshipId);
                return current;
            }
            Changed<MentorshipActivity> changed = current.apply(event.id(), event.subject(), event.sequence(), effect);
            if (activities.write(changed, found.isEmpty())) {
                return changed.state();
            }
        }
        throw new IllegalStateException("mentorship " + mentorshipId + " kept changing while applying " + event.id());
    }

    static void requireText(String value, String name, IncomingEvent event) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(event.type() + " " + event.id() + " lacks " + name);
        }
    }
}
