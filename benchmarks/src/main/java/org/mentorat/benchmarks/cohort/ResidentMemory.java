package org.mentorat.benchmarks.cohort;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The process's resident memory from {@code /proc/self/status} (Linux). OR-Tools keeps its graph
 * in native memory, which the JVM's allocation counters do not see; the rise of the peak resident
 * set during a run does. Writing 5 to {@code /proc/self/clear_refs} resets that peak.
 */
final class ResidentMemory {

    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

    private ResidentMemory() {
    }

    /** Resets the peak to the current resident set and returns it, or -1 where that is not possible. */
    static long resetPeak() {
        try {
            Files.writeString(CLEAR_REFS, "5");
            return kilobytes("VmRSS:") * 1024;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The peak resident set since the last reset, or -1 where unknown. */
    static long peak() {
        try {
            return kilobytes("VmHWM:") * 1024;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long kilobytes(String field) throws IOException {
        for (String line : Files.readAllLines(STATUS)) {
            if (line.startsWith(field)) {
                return Long.parseLong(line.substring(field.length()).replace("kB", "").trim());
            }
        }
        throw new IllegalStateException("no " + field + " in " + STATUS);
    }
}
