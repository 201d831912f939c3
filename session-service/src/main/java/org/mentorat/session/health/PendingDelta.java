package org.mentorat.session.health;

import java.time.Instant;
import java.util.List;

/**
 * What one event changed in a mentorship's share of its program's figures, kept on the
 * mentorship's activity document until the program's report has taken it in: the outbox of the
 * report, so that a crash between the two writes loses nothing and counts nothing twice.
 *
 * @param queuedAt when it was queued: one still pending long after was left behind by a crash
 */
public record PendingDelta(String eventId, List<Increment> increments, Instant queuedAt) {

    public PendingDelta {
        increments = List.copyOf(increments);
    }

    boolean abandonedBy(Instant cutoff) {
        return queuedAt == null || queuedAt.isBefore(cutoff);
    }
}
