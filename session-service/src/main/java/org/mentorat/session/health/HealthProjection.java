package org.mentorat.session.health;

import java.time.Clock;
import java.time.Instant;
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
 *       figures in its {@code pending} list under the event's id, in the same write;
 *   <li>the program's document takes the delta in, unless that id is in flight there (then it
 *       was taken in already), and lists the id as in flight;
 *   <li>the activity lets go of the delta, then the program forgets its id.
 * </ol>
 *
 * Only the one who queued a delta carries it over: the handler of that event, or the stall
 * check for its stall. A crash leaves the delta pending; the redelivered event (its offset is
 * committed only after this returns) finds the event applied and its delta pending, and resumes
 * at step 2. A delta pending for longer than {@link #ABANDONED_AFTER} was left behind for good
 * and the stall check carries it over. Nobody else offers it, so a delta the program has
 * forgotten is never offered again.
 */
@Service
class HealthProjection {

    private static final Logger log = LoggerFactory.getLogger(HealthProjection.class);
    private static final int ATTEMPTS = 5;
    static final java.time.Duration ABANDONED_AFTER = java.time.Duration.ofMinutes(10);

    private final ActivityStore activities;
    private final ProgramReportStore reports;
    private final Clock clock;
    private final ActivityCache recent;

    HealthProjection(ActivityStore activities, ProgramReportStore reports, Clock clock, HealthProperties properties) {
        this.activities = activities;
        this.reports = reports;
        this.clock = clock;
        this.recent = new ActivityCache(properties.activitiesKept());
    }

    /** Applies one event's effect on its mentorship once, then carries the change into the program's figures. */
    void apply(IncomingEvent event, String mentorshipId, String programId, UnaryOperator<MentorshipActivity> effect) {
        requireText(mentorshipId, "mentorshipId", event);
        requireText(programId, "programId", event);
        carryOver(record(event, mentorshipId, programId, effect), event.id());
    }

    void describeProgram(IncomingEvent event, String programId, String name, Integer stallAfterDays) {
        requireText(programId, "programId", event);
        if (stallAfterDays != null && stallAfterDays < 1) {
            throw new IllegalArgumentException(event.type() + " has a stall threshold below one day: " + stallAfterDays);
        }
        reports.describe(event.tenantId(), programId, name, stallAfterDays);
    }

    /** Carries the delta queued under {@code deltaId} over into the program's figures, if still pending. */
    void carryOver(MentorshipActivity activity, String deltaId) {
        activity.pendingDelta(deltaId).ifPresent(delta -> {
            boolean taken = reports.takeIn(activity.tenantId(), activity.programId(), delta);
            activities.release(activity.tenantId(), activity.id(), delta.eventId());
            recent.replace(activity, activity.released(delta.eventId()));
            reports.settle(activity.tenantId(), activity.programId(), delta.eventId());
            log.debug("report of program {} tenant={} aggregate={} eventId={}: {}", activity.programId(),
                    activity.tenantId(), activity.id(), delta.eventId(), taken ? "updated" : "already up to date");
        });
    }

    /** Carries over the deltas of a program that a crash left behind long ago. */
    void carryOverAbandoned(String tenantId, String programId, Instant now) {
        Instant cutoff = now.minus(ABANDONED_AFTER);
        for (MentorshipActivity activity : activities.withPendingDeltas(tenantId, programId)) {
            activity.pending().stream().filter(delta -> delta.abandonedBy(cutoff))
                    .forEach(delta -> carryOver(activity, delta.eventId()));
        }
    }

    private MentorshipActivity record(IncomingEvent event, String mentorshipId, String programId,
            UnaryOperator<MentorshipActivity> effect) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<MentorshipActivity> found = recent.get(event.tenantId(), mentorshipId)
                    .or(() -> activities.find(event.tenantId(), mentorshipId));
            MentorshipActivity current = found.orElseGet(
                    () -> MentorshipActivity.unknown(event.tenantId(), mentorshipId, programId));
            if (current.hasApplied(event.subject(), event.sequence())) {
                log.info("{} tenant={} aggregate={} eventId={} already applied to mentorship {}; skipped",
                        event.type(), event.tenantId(), event.subject(), event.id(), mentorshipId);
                return current;
            }
            Changed<MentorshipActivity> changed = current.apply(event.id(), event.subject(), event.sequence(),
                    clock.instant(), effect);
            if (activities.write(changed, found.isEmpty())) {
                MentorshipActivity written = activities.asWritten(changed);
                recent.put(written);
                return written;
            }
            recent.evict(event.tenantId(), mentorshipId);
        }
        throw new IllegalStateException("mentorship " + mentorshipId + " kept changing while applying " + event.id());
    }

    static void requireText(String value, String name, IncomingEvent event) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(event.type() + " " + event.id() + " lacks " + name);
        }
    }
}
