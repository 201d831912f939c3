package org.mentorat.session.mentorship;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.mentorat.platform.store.Changed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Resumes paused mentorships on their resume date and completes open ones at their planned end,
 * in every tenant. Dates are UTC days. Each change is its own versioned write that re-checks it is
 * still due, so a crash halfway leaves the rest for the next run, and two instances running at once
 * cannot both win.
 */
@Component
public class MentorshipCalendar {

    private static final Logger log = LoggerFactory.getLogger(MentorshipCalendar.class);

    private final MentorshipStore store;
    private final MentorshipSettings settings;
    private final Clock clock;

    MentorshipCalendar(MentorshipStore store, MentorshipSettings settings, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    void runNow() {
        run(clock.instant());
    }

    /** Applies everything due at {@code now}; returns how many mentorships changed. */
    public int run(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return apply(store::dueToResume, today, mentorship -> mentorship.isDueToResume(today)
                ? mentorship.resume(now) : Changed.of(mentorship), "resumed")
                + apply(store::dueToComplete, today, mentorship -> mentorship.isDueToComplete(today)
                        ? mentorship.complete("PLANNED_END", now) : Changed.of(mentorship), "completed at its planned end");
    }

    private int apply(BiFunction<LocalDate, Integer, List<MentorshipStore.Due>> due, LocalDate today,
            Function<Mentorship, Changed<Mentorship>> decision, String what) {
        int changed = 0;
        while (true) {
            int batch = 0;
            for (MentorshipStore.Due next : due.apply(today, settings.calendarBatchSize())) {
                if (store.decideIfChanging(next.tenantId(), next.id(), decision).isPresent()) {
                    log.info("tenant={} mentorship={} {}", next.tenantId(), next.id(), what);
                    batch++;
                }
            }
            changed += batch;
            if (batch == 0) {
                return changed;
            }
        }
    }
}
