package org.mentorat.session.health;

import java.util.List;

/**
 * What one event changed in a mentorship's share of its program's figures, kept on the
 * mentorship's activity document until the program's report has taken it in: the outbox of the
 * report, so that a crash between the two writes loses nothing and counts nothing twice.
 */
public record PendingDelta(String eventId, List<Increment> increments) {

    public PendingDelta {
        increments = List.copyOf(increments);
    }
}
