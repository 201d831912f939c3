package org.mentorat.benchmarks;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mentorat.events.Topics;
import org.mentorat.profile.ProfileServiceApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Imports a generated HR export of 100,000 rows (by default) through the real profile-service
 * (HTTP upload, spooling, streaming parse, validation, upserts, per-row report) against a real
 * Kafka broker and mongo-java-server running in another JVM, then imports the same file again,
 * then a copy in which one person in a hundred changed department. Prints elapsed time, rows per
 * second, the service's heap, and how many events each import published.
 *
 * <p>Run: {@code ./mvnw -B -o -pl benchmarks -am -DskipTests -Pcsv-import verify} (the heap is
 * {@code -Dbenchmark.heap=256m}, the size {@code -Dbenchmark.rows=100000}).
 */
public final class CsvImportBenchmark {

    private static final String TENANT = "benchmark";
    /** One person in a hundred moves department in the third file (an update is the costly path). */
    private static final int CHANGE_EVERY = 100;

    private CsvImportBenchmark() {
    }

    record Run(String name, JsonNode result, Duration elapsed, long events, long maxUsed, long maxLive,
            long liveBefore) {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
        Path directory = Files.createTempDirectory("csv-import-benchmark");
        Path file = directory.resolve("hr-export.csv");
        Path changed = directory.resolve("hr-export-1pct-changed.csv");
        HrExport.write(file, rows, seed, 0);
        HrExport.write(changed, rows, seed, CHANGE_EVERY);
        System.out.printf(Locale.ROOT, "CSV import benchmark: %,d rows (seed %d), %.1f MB, service heap max %d MB, %s, "
                        + "%d CPUs, Java %s%n", rows, seed, Files.size(file) / 1e6, HeapWatch.maxHeap() >> 20,
                collector(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));

        List<Run> runs = new ArrayList<>();
        Path log = directory.resolve("infrastructure.log");
        try (InfrastructureProcess infrastructure = InfrastructureProcess.start(log);
                ConfigurableApplicationContext service = startService(infrastructure, directory);
                PublishedEvents events = new PublishedEvents(infrastructure.kafka(), Topics.PROFILE_EVENTS);
                HeapWatch heap = new HeapWatch()) {
            ImportClient client = new ImportClient(((WebServerApplicationContext) service).getWebServer().getPort(),
                    TENANT);
            MongoDatabase database = service.getBean(MongoDatabase.class);
            runs.add(run("first import", file, client, heap, events, database));
            runs.add(run("same file again", file, client, heap, events, database));
            runs.add(run("1% changed", changed, client, heap, events, database));
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(changed);
        }
        report(runs, rows);
        check(runs, rows);
    }

    private static Run run(String name, Path file, ImportClient client, HeapWatch heap, PublishedEvents events,
            MongoDatabase database) throws Exception {
        long liveBefore = heap.reset();
        long eventsBefore = events.count();
        long start = System.nanoTime();
        JsonNode result = client.awaitFinished(client.upload(file));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        long maxUsed = heap.maxUsed();
        long maxLive = heap.maxLive();
        awaitOutboxDrained(database);
        return new Run(name, result, elapsed, events.count() - eventsBefore, maxUsed, maxLive, liveBefore);
    }

    /** Every event the import caused is published before the broker is asked how many it holds. */
    private static void awaitOutboxDrained(MongoDatabase database) throws InterruptedException {
        while (database.getCollection("people").countDocuments(Filters.eq("outboxPending", true)) > 0) {
            Thread.sleep(200);
        }
    }

    /** Settings as command-line arguments: they outrank the service's own profile-service.yml. */
    private static ConfigurableApplicationContext startService(InfrastructureProcess infrastructure, Path directory) {
        return new SpringApplicationBuilder(ProfileServiceApplication.class)
                .properties(ProfileServiceApplication.CONFIG_NAME)
                .run("--server.port=0", "--management.server.port=0",
                        "--spring.kafka.bootstrap-servers=" + infrastructure.kafka(),
                        "--spring.mongodb.uri=" + infrastructure.mongo(),
                        "--mentorat.imports.spool-directory=" + directory,
                        "--mentorat.imports.progress-log-interval=25000",
                        "--logging.structured.format.console=", "--logging.level.root=WARN",
                        "--logging.level.org.mentorat.profile.imports=INFO", "--spring.main.banner-mode=off");
    }

    private static void report(List<Run> runs, int rows) {
        System.out.println();
        System.out.printf(Locale.ROOT, "%-16s %-50s %9s %8s %12s %14s %14s %7s%n", "run", "outcome", "elapsed",
                "rows/s", "live before", "heap max used", "live heap max", "events");
        for (Run run : runs) {
            JsonNode counts = run.result().get("counts");
            String outcome = run.result().get("status").asString() + " created=" + counts.get("created").asLong()
                    + " updated=" + counts.get("updated").asLong() + " unchanged=" + counts.get("unchanged").asLong()
                    + " rejected=" + counts.get("rejected").asLong();
            double seconds = run.elapsed().toMillis() / 1000.0;
            System.out.printf(Locale.ROOT, "%-16s %-50s %8.1fs %8.0f %9d MB %11d MB %11d MB %7d%n", run.name(),
                    outcome, seconds, rows / seconds, run.liveBefore() >> 20, run.maxUsed() >> 20,
                    run.maxLive() >> 20, run.events());
        }
    }

    /** The figures mean nothing if an import went wrong: say so loudly. */
    private static void check(List<Run> runs, int rows) {
        JsonNode first = runs.get(0).result().get("counts");
        JsonNode second = runs.get(1).result().get("counts");
        JsonNode third = runs.get(2).result().get("counts");
        List<String> problems = new ArrayList<>();
        if (first.get("created").asLong() != rows) {
            problems.add("the first import did not create every row");
        }
        if (second.get("unchanged").asLong() != rows || runs.get(1).events() != 0) {
            problems.add("the second import changed something or published events");
        }
        long moved = (rows + CHANGE_EVERY - 1) / CHANGE_EVERY;
        if (third.get("updated").asLong() != moved || runs.get(2).events() != moved) {
            problems.add("the changed file did not update exactly every moved person with one event each");
        }
        System.out.println(problems.isEmpty() ? "\nchecks: first import created all rows; second import: all "
                + "UNCHANGED, 0 events; changed file: one UPDATED row and one ProfileUpdated per changed person"
                : "\nCHECKS FAILED: " + problems);
        if (!problems.isEmpty()) {
            System.exit(1);
        }
    }

    private static String collector() {
        return String.join("+", ManagementFactory.getGarbageCollectorMXBeans().stream().map(gc -> gc.getName())
                .toList());
    }
}
