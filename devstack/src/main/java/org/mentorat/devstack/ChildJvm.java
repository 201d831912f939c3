package org.mentorat.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Starting and stopping the child JVMs (Kafka, services, gateway) with the launcher's own JDK. */
final class ChildJvm {

    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private ChildJvm() {
    }

    static Path javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /**
     * Starts {@code java <arguments>} with its output appended to {@code log}. The child gets its
     * own session where setsid exists: Ctrl-C in the terminal then reaches only the launcher, whose
     * shutdown hook stops the gateway and services before Kafka, instead of all at once.
     */
    static Process start(List<String> arguments, Map<String, String> environment, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            command.add(SETSID.toString());
        }
        command.add(javaExecutable().toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** Asks politely (SIGTERM, so Spring and Kafka shut down cleanly), then insists. */
    static void stop(Process process, Duration grace) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Keeps the previous run's log as {@code <name>.previous.log} and starts an empty one. */
    static Path freshLog(Path logs, String name) throws IOException {
        Files.createDirectories(logs);
        Path log = logs.resolve(name + ".log");
        if (Files.exists(log)) {
            Files.move(log, logs.resolve(name + ".previous.log"), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.createFile(log);
        return log;
    }

    static String tail(Path log, int lines) {
        try {
            // bytes, not lines: a child may write anything, and a bad byte must not hide the rest
            List<String> all = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }
}
