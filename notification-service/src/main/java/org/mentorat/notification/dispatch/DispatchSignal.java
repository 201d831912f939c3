package org.mentorat.notification.dispatch;

import org.mentorat.platform.work.PendingWork;
import org.springframework.stereotype.Component;

/**
 * The messages this instance just scheduled for now: the poller tries them at once, by id, rather
 * than at its next look over the queue. That look stays the safety net (other instances,
 * restarts, future due times).
 */
@Component
class DispatchSignal extends PendingWork<DispatchSignal.Scheduled> {

    /** A message scheduled for now, named by tenant and id, at the version it was stored at. */
    record Scheduled(String tenantId, String id, long version) {
    }
}
