package org.mentorat.session.meeting;

import java.time.Instant;

/** When a session takes place, for how long and, optionally, what it is about. */
record SessionPlan(Instant startsAt, int durationMinutes, String agenda) {
}
