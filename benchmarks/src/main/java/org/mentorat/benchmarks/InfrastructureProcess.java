package org.mentorat.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Starts {@link BenchmarkInfrastructure} as a child JVM and reads where its broker and database listen. */
public final class InfrastructureProcess implements AutoCloseable {

    private final Process process;
    private final String kafka;
    private final String mongo;

    private InfrastructureProcess(Process process, String kafka, String mongo) {
        this.process = process;
        this.kafka = kafka;
        this.mongo = mongo;
    }

    public static InfrastructureProcess start(Path log) throws IOException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx3g", "-Dlogback.configurationFile=benchmark-infrastructure-logback.xml",
                "-cp", System.getProperty("java.class.path"), BenchmarkInfrastructure.class.getName())
                .redirectError(log.toFile()).start();
        BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String kafka = null;
        String mongo = null;
        for (String line; (kafka == null || mongo == null) && (line = out.readLine()) != null; ) {
            if (line.startsWith(BenchmarkInfrastructure.KAFKA)) {
                kafka = line.substring(BenchmarkInfrastructure.KAFKA.length());
            } else if (line.startsWith(BenchmarkInfrastructure.MONGO)) {
                mongo = line.substring(BenchmarkInfrastructure.MONGO.length());
            }
        }
        if (kafka == null || mongo == null) {
            process.destroyForcibly();
            throw new IllegalStateException("the infrastructure process did not start; see " + log);
        }
        Thread.ofPlatform().daemon().name("infrastructure-output").start(() -> drain(out, log));
        return new InfrastructureProcess(process, kafka, mongo);
    }

    public String kafka() {
        return kafka;
    }

    public String mongo() {
        return mongo;
    }

    private static void drain(BufferedReader out, Path log) {
        try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(log.resolveSibling("infrastructure.out")))) {
            out.lines().forEach(writer::println);
        } catch (IOException e) {
            // the child went away; nothing left to read
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        process.getOutputStream().close();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
