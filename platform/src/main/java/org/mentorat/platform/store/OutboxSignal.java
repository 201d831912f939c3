package org.mentorat.platform.store;

import org.mentorat.platform.work.PendingWork;

/**
 * The aggregates this instance's writes just gave events: the relay leases them by id at once,
 * so publishing latency is not bound to its polling interval.
 */
final class OutboxSignal extends PendingWork<OutboxSignal.Written> {

    /** An aggregate a write of this instance gave events to. */
    record Written(AggregateStore store, String tenantId, Object id) {
    }
}
