package org.mentorat.notification.trigger;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.Map;
import org.mentorat.events.session.FeedbackSubmitted;
import org.mentorat.events.session.MentorshipCompleted;
import org.mentorat.events.session.MentorshipEnded;
import org.mentorat.events.session.MentorshipStalled;
import org.mentorat.events.session.MentorshipStarted;
import org.mentorat.events.session.SessionCompleted;
import org.mentorat.platform.events.IncomingEvent;
import org.springframework.stereotype.Component;

/** Counts, per program and ISO week (UTC), what the administrators' weekly digest reports. */
@Component
class WeeklyTallies {

    private final WeeklyTallyStore store;
    private final MeterRegistry meters;

    WeeklyTallies(WeeklyTallyStore store, MeterRegistry meters) {
        this.store = store;
        this.meters = meters;
    }

    void on(SessionCompleted completed, IncomingEvent event) {
        count(event, completed.programId(), completed.completedAt(),
                Map.of(WeeklyTallyStore.SESSIONS, 1, WeeklyTallyStore.MINUTES, Math.max(0, completed.actualMinutes())));
    }

    void on(FeedbackSubmitted feedback, IncomingEvent event) {
        count(event, feedback.programId(), feedback.submittedAt(),
                Map.of(WeeklyTallyStore.RATINGS, 1, WeeklyTallyStore.RATING_SUM, feedback.rating()));
    }

    /**
     * Pairs, not documents, are counted: in a group each mentee who joins is a new match and an
     * active pair, and the group's end ends each of its pairs.
     */
    void on(MentorshipStarted started, IncomingEvent event) {
        count(event, started.programId(), started.startedAt(), Map.of(WeeklyTallyStore.STARTED, 1));
    }

    void on(MentorshipCompleted completed, IncomingEvent event) {
        count(event, completed.programId(), completed.completedAt(),
                Map.of(WeeklyTallyStore.ENDED, pairs(completed.menteeIds())));
    }

    void on(MentorshipEnded ended, IncomingEvent event) {
        count(event, ended.programId(), ended.endedAt(), Map.of(WeeklyTallyStore.ENDED, pairs(ended.menteeIds())));
    }

    void on(MentorshipStalled stalled, IncomingEvent event) {
        count(event, stalled.programId(), stalled.stalledAt(), Map.of(WeeklyTallyStore.STALLED, 1));
    }

    private static int pairs(java.util.List<String> menteeIds) {
        return menteeIds == null || menteeIds.isEmpty() ? 1 : menteeIds.size();
    }

    static String weekOf(LocalDate day) {
        return day.get(IsoFields.WEEK_BASED_YEAR) + "-W" + String.format("%02d", day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private void count(IncomingEvent event, String programId, Instant at, Map<String, Integer> increments) {
        Occasion.requireText(programId, "programId");
        Instant when = at != null ? at : event.time().toInstant();
        boolean counted = store.count(event.tenantId(), programId, weekOf(LocalDate.ofInstant(when, ZoneOffset.UTC)),
                event.id(), increments);
        meters.counter("mentorat.notifications.digest.events", "outcome", counted ? "counted" : "duplicate")
                .increment();
    }
}
