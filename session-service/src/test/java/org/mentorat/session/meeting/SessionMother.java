package org.mentorat.session.meeting;

import java.time.Instant;
import org.mentorat.session.mentorship.MentorshipMother;

/** Test data: sessions of {@link MentorshipMother#active()} at each point of their life. */
final class SessionMother {

    static final Instant STARTS_AT = Instant.parse("2026-04-01T14:00:00Z");
    static final Instant NOW = Instant.parse("2026-04-01T15:00:00Z");

    private SessionMother() {
    }

    static SessionPlan plan() {
        return new SessionPlan(STARTS_AT, 45, "Career goals");
    }

    static Session scheduled() {
        return Session.schedule("ses-1", MentorshipMother.active(), plan()).state();
    }

    static Session completed() {
        return scheduled().complete(NOW).state();
    }

    static Session cancelled() {
        return scheduled().cancel(NOW).state();
    }
}
