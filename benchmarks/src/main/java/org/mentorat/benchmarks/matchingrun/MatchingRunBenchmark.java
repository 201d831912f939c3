package org.mentorat.benchmarks.matchingrun;

import com.mongodb.client.MongoDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.mentorat.benchmarks.HeapWatch;
import org.mentorat.benchmarks.InfrastructureProcess;
import org.mentorat.matching.MatchingServiceApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A cohort matching run through the real matching-service, end to end, as a program administrator
 * lives it: a generated program's registrations arrive on profile-events and fill the service's
 * read model; the administrator starts a run over HTTP and polls until the draft is ready, then
 * publishes it and polls until every pair is proposed. Kafka and mongo-java-server run in another
 * JVM; the service runs in this one, so the heap figures are the service's (and this driver's few
 * megabytes). Each size is its own tenant and program in the same running service.
 *
 * <p>Run: {@code ./mvnw -B -o -pl benchmarks -am -DskipTests -Pmatching-run verify}
 * ({@code -Dmatching-run.args="--seed 42 --sizes 1000x200,5000x1000 --warm-up 500x100"}, {@code
 * -Dbenchmark.heap=512m}). The warm-up program runs first and is not reported ({@code --warm-up none}).
 */
public final class MatchingRunBenchmark {

    static final long PROGRESS_MILLIS = 5_000;
    /** No visible progress for this long means something is wrong, not slow. */
    static final long STALL_NANOS = 60_000_000_000L;

    private MatchingRunBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long seed = 42;
        List<int[]> sizes = List.of(new int[] {1_000, 200}, new int[] {5_000, 1_000});
        List<int[]> warmUp = List.of(new int[] {500, 100});
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--sizes" -> sizes = parseSizes(args[i + 1]);
                case "--warm-up" -> warmUp = "none".equals(args[i + 1]) ? List.of() : parseSizes(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        System.out.printf(Locale.ROOT, "Cohort run benchmark (through matching-service): seed %d, service heap max %d MB,"
                + " %d CPUs, Java %s%n", seed, HeapWatch.maxHeap() >> 20, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        Path directory = Files.createTempDirectory("matching-run-benchmark");
        List<RunMeasurement> results = new ArrayList<>();
        try (InfrastructureProcess infrastructure = InfrastructureProcess.start(directory.resolve("infrastructure.log"));
                ConfigurableApplicationContext service = startService(infrastructure);
                KafkaProducer<String, byte[]> producer = producer(infrastructure.kafka());
                HeapWatch heap = new HeapWatch()) {
            int port = ((WebServerApplicationContext) service).getWebServer().getPort();
            MongoDatabase database = service.getBean(MongoDatabase.class);
            // A service that has run for a while has compiled its hot paths: a small program first, not reported.
            for (int[] size : warmUp) {
                System.out.printf(Locale.ROOT, "%nwarm-up (not reported):");
                measure("warm-up-", new GeneratedProgram(seed + 1, size[0], size[1]), producer, database, port, heap,
                        infrastructure);
            }
            for (int[] size : sizes) {
                results.add(measure("bench-", new GeneratedProgram(seed, size[0], size[1]), producer, database, port,
                        heap, infrastructure));
            }
        }
        RunMeasurement.printTable(results);
        List<String> problems = results.stream().flatMap(result -> result.problems().stream()).toList();
        System.out.println(problems.isEmpty() ? "\nchecks: every registration reached the read model; every drafted"
                + " pair was PROPOSED; one MatchProposed on matching-events per matched mentee"
                : "\nCHECKS FAILED: " + problems);
        if (!problems.isEmpty()) {
            System.exit(1);
        }
    }

    private static RunMeasurement measure(String tenantPrefix, GeneratedProgram program,
            KafkaProducer<String, byte[]> producer, MongoDatabase database, int port, HeapWatch heap,
            InfrastructureProcess infrastructure) throws Exception {
        String tenant = tenantPrefix + program.mentees + "x" + program.mentors;
        System.out.printf(Locale.ROOT, "%n== %,d mentees x %,d mentors (%,d seats), tenant %s ==%n", program.mentees,
                program.mentors, program.seats, tenant);
        return new ProgramSession(tenant, program, producer, database, new RunClient(port, tenant), heap,
                infrastructure.kafka()).measure();
    }

    private static List<int[]> parseSizes(String text) {
        List<int[]> sizes = new ArrayList<>();
        for (String size : text.split(",")) {
            String[] parts = size.trim().split("x");
            sizes.add(new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])});
        }
        return sizes;
    }

    /** Settings as command-line arguments: they outrank the service's own matching-service.yml. */
    private static ConfigurableApplicationContext startService(InfrastructureProcess infrastructure) {
        String mongo = infrastructure.mongo();
        return new SpringApplicationBuilder(MatchingServiceApplication.class)
                .properties(MatchingServiceApplication.CONFIG_NAME)
                .run("--server.port=0", "--management.server.port=0",
                        "--spring.kafka.bootstrap-servers=" + infrastructure.kafka(),
                        "--spring.mongodb.uri=" + mongo.substring(0, mongo.lastIndexOf('/') + 1) + "matching",
                        "--logging.structured.format.console=", "--logging.level.root=WARN",
                        "--logging.level.org.mentorat.matching.matchingrun=INFO", "--spring.main.banner-mode=off");
    }

    private static KafkaProducer<String, byte[]> producer(String bootstrapServers) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.LINGER_MS_CONFIG, 10, ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024),
                new StringSerializer(), new ByteArraySerializer());
    }


    static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
