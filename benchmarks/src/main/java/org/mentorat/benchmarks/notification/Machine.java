package org.mentorat.benchmarks.notification;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.RuntimeMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What else the machine was doing: its load average (the benchmark shares two cores with other
 * builds), and this JVM's CPU time and garbage collections over a measured step.
 */
final class Machine {

    private static final RuntimeMXBean RUNTIME = ManagementFactory.getRuntimeMXBean();

    private Machine() {
    }

    /** The 1, 5 and 15 minute load averages, as {@code /proc/loadavg} has them. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    static String describe() {
        return String.format(Locale.ROOT, "%d CPUs, Java %s, heap max %d MB, JVM flags %s",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, RUNTIME.getInputArguments());
    }

    /** A point in time to measure a step from. */
    static Mark mark() {
        long collections = 0;
        long collecting = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            collections += Math.max(0, collector.getCollectionCount());
            collecting += Math.max(0, collector.getCollectionTime());
        }
        return new Mark(System.nanoTime(), cpuNanos(), collections, collecting);
    }

    private static long cpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    record Mark(long nanos, long cpuNanos, long collections, long collectingMillis) {

        /** Wall time, this JVM's CPU time (service, mail server and harness together) and GC since the mark. */
        String since() {
            Mark now = mark();
            double wall = (now.nanos - nanos) / 1e9;
            double cpu = (now.cpuNanos - cpuNanos) / 1e9;
            return String.format(Locale.ROOT, "%.1f s wall, %.1f s CPU in this JVM (%.2f cores), %d GCs taking %d ms",
                    wall, cpu, cpu / wall, now.collections - collections, now.collectingMillis - collectingMillis);
        }
    }
}
