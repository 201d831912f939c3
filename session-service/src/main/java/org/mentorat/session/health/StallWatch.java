package org.mentorat.session.health;

import java.time.Duration;
import java.time.Instant;
import org.mentorat.platform.events.EventIds;
import org.mentorat.platform.store.Changed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Finds active mentorships that held no session for their program's stall threshold and flags
 * them, publishing MentorshipStalled with the flag in one write. Several instances may run it at
 * once: the versioned write lets one of them flag a mentorship, the others then find it flagged.
 */
@Service
public class StallWatch {

    private static final Logger log = LoggerFactory.getLogger(StallWatch.class);
    private static final int ATTEMPTS = 5;

    private final ActivityStore activities;
    private final ProgramReportStore reports;
    private final HealthProjection projection;
    private final HealthProperties properties;

    StallWatch(ActivityStore activities, ProgramReportStore reports, HealthProjection projection,
            HealthProperties properties) {
        this.activities = activities;
        this.reports = reports;
        this.projection = projection;
        this.properties = properties;
    }

    /**
     * Flags every mentorship quiet for longer than its program's threshold at {@code now}; also
     * carries over the report increments a crash left behind.
     *
     * @return how many mentorships this call flagged
     */
    public int check(Instant now) {
        int flagged = 0;
        for (ProgramTotals program : reports.all()) {
            projection.carryOverAbandoned(program.tenantId(), program.programId(), now);
            int threshold = program.stallAfterDays() == null ? properties.defaultStallAfterDays()
                    : program.stallAfterDays();
            Instant quietBefore = now.minus(Duration.ofDays(threshold));
            for (MentorshipActivity quiet : activities.quietSince(program.tenantId(), program.programId(), quietBefore)) {
                if (stall(quiet, threshold, now)) {
                    flagged++;
                }
            }
        }
        return flagged;
    }

    private boolean stall(MentorshipActivity candidate, int threshold, Instant now) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            MentorshipActivity current = activities.find(candidate.tenantId(), candidate.id()).orElse(null);
            if (current == null) {
                return false;
            }
            String deltaId = EventIds.next();
            Changed<MentorshipActivity> stalled = current.stall(deltaId, threshold, now);
            if (stalled.events().isEmpty()) {
                return false;
            }
            if (activities.write(stalled, false)) {
                projection.carryOver(stalled.state(), deltaId);
                log.info("mentorship stalled tenant={} aggregate={} program={}: no session since {} ({} days allowed)",
                        current.tenantId(), current.id(), current.programId(), current.quietSince(), threshold);
                return true;
            }
        }
        log.warn("mentorship tenant={} aggregate={} kept changing; its stall check waits for the next round",
                candidate.tenantId(), candidate.id());
        return false;
    }
}
