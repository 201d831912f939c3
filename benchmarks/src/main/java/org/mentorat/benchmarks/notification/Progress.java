package org.mentorat.benchmarks.notification;

import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Waits for a count to reach its target, printing where it stands every 5 seconds, and gives up
 * when it has not moved for a minute (the service stopped doing anything).
 */
final class Progress {

    private static final long REPORT_NANOS = 5_000_000_000L;
    private static final long STALL_NANOS = 60_000_000_000L;

    private Progress() {
    }

    /** @return the seconds from {@code startNanos} until {@code count} reached {@code target} */
    static double await(String step, LongSupplier count, long target, long startNanos) throws InterruptedException {
        return await(step, count, target, startNanos, () -> "");
    }

    /** The same, with {@code detail} added to each progress line. */
    static double await(String step, LongSupplier count, long target, long startNanos,
            java.util.function.Supplier<String> detail) throws InterruptedException {
        long lastReport = System.nanoTime();
        long lastChange = lastReport;
        long seen = -1;
        while (true) {
            long now = count.getAsLong();
            if (now >= target) {
                return (System.nanoTime() - startNanos) / 1e9;
            }
            if (now != seen) {
                seen = now;
                lastChange = System.nanoTime();
            } else if (System.nanoTime() - lastChange > STALL_NANOS) {
                throw new IllegalStateException(step + " stopped at " + now + " of " + target);
            }
            if (System.nanoTime() - lastReport > REPORT_NANOS) {
                lastReport = System.nanoTime();
                System.out.printf(Locale.ROOT, "%s ... %.0f s: %,d/%,d%s (load %s)%n", step,
                        (lastReport - startNanos) / 1e9, now, target, detail.get(), Machine.loadAverage());
            }
            Thread.sleep(100);
        }
    }

    /** Sleeps for the given seconds: the time for anything sent late or twice to show. */
    static void quietFor(int seconds) throws InterruptedException {
        Thread.sleep(seconds * 1000L);
    }
}
