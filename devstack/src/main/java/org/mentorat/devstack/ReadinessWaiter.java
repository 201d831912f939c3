package org.mentorat.devstack;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Polls child processes until all report ready, telling the user as each one gets there. Gives up
 * as soon as one exits, or when the time is up, with the end of the log of whoever is to blame.
 */
final class ReadinessWaiter {

    static final int LOG_TAIL_LINES = 40;

    private final Duration timeout;
    private final Duration pollInterval;
    private final Duration progressInterval;
    private final PrintStream out;

    ReadinessWaiter(Duration timeout, Duration pollInterval, Duration progressInterval, PrintStream out) {
        this.timeout = timeout;
        this.pollInterval = pollInterval;
        this.progressInterval = progressInterval;
        this.out = out;
    }

    /** Returns how long each process took to get ready, in the order they got there. */
    Map<String, Duration> awaitAll(List<? extends AwaitedProcess> processes) throws StartupFailure, InterruptedException {
        long start = System.nanoTime();
        long nextProgress = start + progressInterval.toNanos();
        List<AwaitedProcess> waiting = new ArrayList<>(processes);
        Map<String, Duration> readyAfter = new LinkedHashMap<>();
        while (!waiting.isEmpty()) {
            for (AwaitedProcess process : List.copyOf(waiting)) {
                if (process.hasExited()) {
                    throw new StartupFailure(process.name() + " exited with code " + process.exitCode()
                            + " before it was ready; last lines of its log:\n" + process.logTail(LOG_TAIL_LINES));
                }
                if (process.isReady()) {
                    Duration took = Duration.ofNanos(System.nanoTime() - start);
                    readyAfter.put(process.name(), took);
                    waiting.remove(process);
                    out.printf("  ready: %-22s after %s%n", process.name(), seconds(took));
                }
            }
            long now = System.nanoTime();
            if (!waiting.isEmpty() && now - start > timeout.toNanos()) {
                throw new StartupFailure(notReadyInTime(waiting));
            }
            if (!waiting.isEmpty() && now >= nextProgress) {
                out.printf("  waiting for %s (%s)%n", names(waiting), seconds(Duration.ofNanos(now - start)));
                nextProgress = now + progressInterval.toNanos();
            }
            if (!waiting.isEmpty()) {
                Thread.sleep(pollInterval);
            }
        }
        return readyAfter;
    }

    private String notReadyInTime(List<AwaitedProcess> waiting) {
        StringBuilder message = new StringBuilder()
                .append(names(waiting)).append(" not ready after ").append(seconds(timeout));
        for (AwaitedProcess process : waiting) {
            message.append("\n--- last lines of the log of ").append(process.name()).append(" ---\n")
                    .append(process.logTail(LOG_TAIL_LINES));
        }
        return message.toString();
    }

    private static String names(List<AwaitedProcess> processes) {
        return processes.stream().map(AwaitedProcess::name).collect(Collectors.joining(", "));
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
