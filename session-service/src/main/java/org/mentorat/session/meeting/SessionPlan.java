package org.mentorat.session.meeting;

import java.time.Instant;

/** When a session takes place, for how long and, optionally, what it is about. */
public record SessionPlan(Instant startsAt, int durationMinutes, String agenda) {

    SessionPlan withoutAgenda() {
        return new SessionPlan(startsAt, durationMinutes, null);
    }
}
