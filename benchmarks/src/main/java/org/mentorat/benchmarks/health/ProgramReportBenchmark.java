package org.mentorat.benchmarks.health;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.mentorat.benchmarks.HeapWatch;
import org.mentorat.benchmarks.InfrastructureProcess;
import org.mentorat.session.SessionServiceApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The program report of session-service's health feature, end to end through the real service:
 * a program of 10,000 mentorships and 100,000 sessions is published on the broker as
 * session-service's relay would and projected by the service's own consumer; then its report is
 * read over HTTP (p50/p90/p99, target p99 under 50 ms), compared with a program of 10
 * mentorships; then a burst of 10,000 SessionCompleted is projected (target at least 1,000
 * events/s). Kafka and mongo-java-server run in another JVM; the service runs in this one.
 *
 * <p>Run: {@code ./mvnw -B -o -pl benchmarks -am -DskipTests -Pprogram-report verify}
 * ({@code -Dprogram-report.args="--mentorships 10000 --sessions 100000 --burst 10000 --reads 5000 --seed 42"}).
 */
public final class ProgramReportBenchmark {

    private static final long PROGRESS_NANOS = 5_000_000_000L;
    private static final long STALL_NANOS = 60_000_000_000L;

    private ProgramReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, Long> options = new java.util.HashMap<>(Map.of("--mentorships", 10_000L, "--sessions", 100_000L,
                "--burst", 10_000L, "--reads", 5_000L, "--seed", 42L));
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!options.containsKey(args[i])) {
                throw new IllegalArgumentException("unknown option " + args[i]);
            }
            options.put(args[i], Long.parseLong(args[i + 1]));
        }
        int reads = options.get("--reads").intValue();
        System.out.printf(Locale.ROOT, "Program report benchmark (through session-service): %s, service heap max %d MB,"
                + " %d CPUs, Java %s%n", options, HeapWatch.maxHeap() >> 20, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        Path directory = Files.createTempDirectory("program-report-benchmark");
        try (InfrastructureProcess infrastructure = InfrastructureProcess.start(directory.resolve("infrastructure.log"));
                ConfigurableApplicationContext service = startService(infrastructure);
                KafkaProducer<String, byte[]> producer = producer(infrastructure.kafka())) {
            int port = ((WebServerApplicationContext) service).getWebServer().getPort();

            SeededProgram small = new SeededProgram("bench", "small", 10, options.get("--seed"), producer);
            ReportClient smallReport = new ReportClient(port, small.tenant, small.programId);
            small.publishProgramAndMentorships();
            small.publishSessions(100, count -> { });
            await("(1) small program", smallReport, 100, System.nanoTime());
            ReportClient.Latencies smallReads = smallReport.time(reads / 5, reads);
            System.out.println("(1) report of 10 mentorships, 100 sessions: " + smallReads);

            SeededProgram large = new SeededProgram("bench", "large", options.get("--mentorships").intValue(),
                    options.get("--seed"), producer);
            ReportClient report = new ReportClient(port, large.tenant, large.programId);
            long sessions = options.get("--sessions");
            long start = System.nanoTime();
            large.publishProgramAndMentorships();
            large.publishSessions(sessions, count -> System.out.printf(Locale.ROOT, "(2) ... %,d sessions sent%n", count));
            double seeded = await("(2) seeding", report, sessions, start);
            System.out.printf(Locale.ROOT, "(2) %,d mentorships and %,d sessions projected in %.1f s (%,.0f events/s)%n",
                    large.mentorships, sessions, seeded, (large.mentorships + sessions) / seeded);
            ReportClient.Latencies largeReads = report.time(reads / 5, reads);
            System.out.printf(Locale.ROOT, "(3) report of %,d mentorships, %,d sessions: %s%n", large.mentorships,
                    sessions, largeReads);

            long burst = options.get("--burst");
            start = System.nanoTime();
            large.publishSessions(burst, count -> { });
            double sent = (System.nanoTime() - start) / 1e9;
            double projected = await("(4) burst", report, sessions + burst, start);
            System.out.printf(Locale.ROOT, "(4) burst of %,d SessionCompleted: sent in %.2f s, projected in %.2f s:"
                    + " %,.0f events/s%n", burst, sent, projected, burst / projected);

            System.out.printf(Locale.ROOT, "%n| program | report p50 | p90 | p99 | max |%n|---|---|---|---|---|%n"
                    + "| 10 mentorships, 100 sessions | %.2f ms | %.2f ms | %.2f ms | %.2f ms |%n"
                    + "| %,d mentorships, %,d sessions | %.2f ms | %.2f ms | %.2f ms | %.2f ms |%n"
                    + "%nburst of %,d SessionCompleted: %,.0f events/s (target >= 1,000); report p99 %.2f ms (target < 50)%n",
                    smallReads.p50(), smallReads.p90(), smallReads.p99(), smallReads.max(), large.mentorships, sessions,
                    largeReads.p50(), largeReads.p90(), largeReads.p99(), largeReads.max(), burst, burst / projected,
                    largeReads.p99());
        }
    }

    /** Polls the report until it counts {@code sessions}; returns the seconds since {@code start}. */
    private static double await(String step, ReportClient report, long sessions, long start) throws Exception {
        long lastProgress = System.nanoTime();
        long lastChange = lastProgress;
        long seen = -1;
        while (true) {
            long now = report.sessionsHeld();
            if (now >= sessions) {
                return (System.nanoTime() - start) / 1e9;
            }
            if (now != seen) {
                seen = now;
                lastChange = System.nanoTime();
            } else if (System.nanoTime() - lastChange > STALL_NANOS) {
                throw new IllegalStateException(step + " stopped at " + now + " of " + sessions + " sessions");
            }
            if (System.nanoTime() - lastProgress > PROGRESS_NANOS) {
                lastProgress = System.nanoTime();
                System.out.printf(Locale.ROOT, "%s ... %.0f s: the report counts %,d/%,d sessions%n", step,
                        (lastProgress - start) / 1e9, now, sessions);
            }
            Thread.sleep(20);
        }
    }

    /** Settings as command-line arguments: they outrank the service's own session-service.yml. */
    private static ConfigurableApplicationContext startService(InfrastructureProcess infrastructure) {
        String mongo = infrastructure.mongo();
        return new SpringApplicationBuilder(SessionServiceApplication.class)
                .properties("spring.config.name=session-service")
                .run("--server.port=0", "--management.server.port=0",
                        "--spring.kafka.bootstrap-servers=" + infrastructure.kafka(),
                        "--spring.mongodb.uri=" + mongo.substring(0, mongo.lastIndexOf('/') + 1) + "session",
                        "--logging.structured.format.console=", "--logging.level.root=WARN",
                        "--spring.main.banner-mode=off");
    }

    private static KafkaProducer<String, byte[]> producer(String bootstrapServers) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.LINGER_MS_CONFIG, 10, ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024),
                new StringSerializer(), new ByteArraySerializer());
    }
}
