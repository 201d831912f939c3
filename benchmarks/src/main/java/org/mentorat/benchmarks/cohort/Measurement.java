package org.mentorat.benchmarks.cohort;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Times a solver and prints one row: the first run (a cold JVM, JIT included) and the median of
 * the runs after it, in wall time and in the measuring thread's CPU time (all solvers here run on
 * that one thread, OR-Tools through JNI; CPU time holds still when other processes share the
 * cores); "heap MB" is what the measuring thread allocated on the Java heap in one run;
 * "native MB" is the most the process's peak resident set rose above its resident set during any
 * run, which is where OR-Tools' native graph shows (for Java solvers it is heap pages touched for
 * the first time, usually 0). The most, because the C allocator keeps memory freed by one run and
 * hands it to the next, so later runs add little to the resident set.
 */
final class Measurement {

    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final int runs;

    Measurement(int runs) {
        this.runs = runs;
    }

    static void printHeader() {
        System.out.printf(Locale.ROOT, "%-24s %9s %9s %9s %9s %16s %9s %8s %9s%n", "solver", "first ms", "median ms",
                "cpu ms", "solve ms", "total score", "matched", "heap MB", "native MB");
    }

    Outcome measure(String name, Supplier<Outcome> solver) {
        return measure(name, solver, null);
    }

    /** {@code solveOnly}, if given, tells after each run how long the solving itself took. */
    Outcome measure(String name, Supplier<Outcome> solver, LongSupplier solveOnly) {
        System.gc();
        long coldResident = ResidentMemory.resetPeak();
        long coldStart = System.nanoTime();
        Outcome outcome = solver.get();
        long cold = System.nanoTime() - coldStart;
        long nativePeak = coldResident < 0 ? -1 : Math.max(0, ResidentMemory.peak() - coldResident);
        long[] nanos = new long[runs];
        long[] cpuNanos = new long[runs];
        long[] solveNanos = new long[runs];
        long allocated = 0;
        for (int run = 0; run < runs; run++) {
            System.gc();
            long resident = ResidentMemory.resetPeak();
            long allocatedBefore = THREADS.getCurrentThreadAllocatedBytes();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            Outcome again = solver.get();
            nanos[run] = System.nanoTime() - start;
            cpuNanos[run] = THREADS.getCurrentThreadCpuTime() - cpuStart;
            allocated = THREADS.getCurrentThreadAllocatedBytes() - allocatedBefore;
            nativePeak = resident < 0 ? -1 : Math.max(nativePeak, ResidentMemory.peak() - resident);
            solveNanos[run] = solveOnly == null ? 0 : solveOnly.getAsLong();
            if (!again.equals(outcome)) {
                throw new IllegalStateException(name + " gave " + again + " after " + outcome);
            }
        }
        Arrays.sort(nanos);
        Arrays.sort(solveNanos);
        Arrays.sort(cpuNanos);
        System.out.printf(Locale.ROOT, "%-24s %9.1f %9.1f %9.1f %9s %,16.6f %,9d %8.1f %9s%n", name, cold / 1e6,
                median(nanos) / 1e6, median(cpuNanos) / 1e6, solveOnly == null ? "-" : String.format(Locale.ROOT, "%.1f", median(solveNanos) / 1e6),
                outcome.totalScore(), outcome.matched(), allocated / 1e6,
                nativePeak < 0 ? "?" : String.format(Locale.ROOT, "%.1f", nativePeak / 1e6));
        return outcome;
    }

    private static long median(long[] sorted) {
        return sorted.length == 0 ? 0 : sorted[sorted.length / 2];
    }
}
