package org.mentorat.platform.work;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Work this instance just created for one of its background loops (the outbox relay, the
 * notification sender), named so the loop can go straight to it, and a wake-up so it does at
 * once. The loop's periodic query over its store stays the safety net: it finds what other
 * instances created, what a restart left, and what was not kept here. Naming the work matters
 * because such a query takes an index on MongoDB but scans the whole collection on the embedded
 * store of the local platform and the tests.
 *
 * @param <T> what names one piece of work
 */
public class PendingWork<T> {

    /** Enough for any burst a loop keeps up with; beyond it, the loop's query finds the rest. */
    public static final int KEPT = 10_000;

    private final Semaphore permits = new Semaphore(0);
    private final Queue<T> named = new ConcurrentLinkedQueue<>();
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicBoolean overflowed = new AtomicBoolean();

    /** Names new work and wakes the loop. */
    public void created(T work) {
        if (waiting.incrementAndGet() <= KEPT) {
            named.add(work);
        } else {
            waiting.decrementAndGet();
            overflowed.set(true);
        }
        if (permits.availablePermits() == 0) {
            permits.release();
        }
    }

    /** The work named since the last call, in the order created. */
    public List<T> take() {
        List<T> taken = new ArrayList<>();
        T next;
        while ((next = named.poll()) != null) {
            waiting.decrementAndGet();
            taken.add(next);
        }
        return taken;
    }

    /** @return true once after work was created but not kept: the loop's query must find it */
    public boolean takeOverflow() {
        return overflowed.getAndSet(false);
    }

    /** Waits until work is created or the timeout passes. */
    public void await(long timeout, TimeUnit unit) throws InterruptedException {
        if (permits.tryAcquire(timeout, unit)) {
            permits.drainPermits();
        }
    }
}
