package org.mentorat.platform.store;

import java.util.List;

/**
 * Removes events from an aggregate's outbox once the broker has acknowledged them. A separate
 * step on purpose: a crash before it runs leaves the events pending, and they are sent again.
 */
@FunctionalInterface
public interface OutboxAcknowledger {

    void acknowledge(AggregateStore store, Object aggregateId, List<String> sentEventIds);

    /** The kit's own acknowledger, for a replacement that wraps it (a test that simulates a crash). */
    static OutboxAcknowledger pullSentEvents() {
        return new PullSentEvents();
    }
}
