package org.mentorat.notification.dispatch;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Wakes the poller when a message is scheduled for now, so that it goes out at once rather than
 * at the next poll. Polling stays the safety net (other instances, restarts, future due times).
 */
@Component
class DispatchSignal {

    private final Semaphore permits = new Semaphore(0);

    void dueNow() {
        if (permits.availablePermits() == 0) {
            permits.release();
        }
    }

    void await(long timeout, TimeUnit unit) throws InterruptedException {
        if (permits.tryAcquire(timeout, unit)) {
            permits.drainPermits();
        }
    }
}
