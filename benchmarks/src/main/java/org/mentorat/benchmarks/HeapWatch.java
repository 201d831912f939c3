package org.mentorat.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The service JVM's heap during a run: the highest occupancy sampled every 10 ms (garbage
 * included, so it follows -Xmx and the collector's choices), and the highest live heap, measured
 * by a full collection every 5 seconds (what the import really retains; the pauses this costs
 * are part of the measured time, a few tens of milliseconds each).
 */
public final class HeapWatch implements AutoCloseable {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private final AtomicLong maxUsed = new AtomicLong();
    private final AtomicLong maxLive = new AtomicLong();
    private final Thread sampler = Thread.ofPlatform().daemon().name("heap-sampler").start(this::sampleUsed);
    private final Thread liveSampler = Thread.ofPlatform().daemon().name("live-heap-sampler").start(this::sampleLive);

    /** Collects garbage, then starts measuring afresh; returns the live heap at that point. */
    public long reset() {
        long live = live();
        maxUsed.set(live);
        maxLive.set(live);
        return live;
    }

    public long maxUsed() {
        return maxUsed.get();
    }

    public long maxLive() {
        return maxLive.get();
    }

    public static long maxHeap() {
        return MEMORY.getHeapMemoryUsage().getMax();
    }

    private static long live() {
        System.gc();
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    private void sampleUsed() {
        sampleEvery(10, () -> maxUsed.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max));
    }

    private void sampleLive() {
        sampleEvery(5_000, () -> maxLive.accumulateAndGet(live(), Math::max));
    }

    private static void sampleEvery(long millis, Runnable sample) {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                return;
            }
            sample.run();
        }
    }

    @Override
    public void close() {
        sampler.interrupt();
        liveSampler.interrupt();
    }
}
