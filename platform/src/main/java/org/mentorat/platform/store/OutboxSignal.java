package org.mentorat.platform.store;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Wakes the relay as soon as a write put events in an outbox, so that publishing latency is not
 * bound to the polling interval. Polling remains the safety net (other instances, restarts).
 */
final class OutboxSignal {

    private final Semaphore permits = new Semaphore(0);

    void eventsWritten() {
        if (permits.availablePermits() == 0) {
            permits.release();
        }
    }

    void awaitEvents(long timeout, TimeUnit unit) throws InterruptedException {
        if (permits.tryAcquire(timeout, unit)) {
            permits.drainPermits();
        }
    }
}
