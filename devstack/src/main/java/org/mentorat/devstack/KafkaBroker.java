package org.mentorat.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * A real Apache Kafka broker in KRaft combined mode, run as a child JVM from the {@code kafka_2.13}
 * jars. Its files live in {@code home}: the cluster id, the generated configuration and the data
 * ({@code home/data}), so a second start finds its topics and offsets again.
 */
final class KafkaBroker implements AutoCloseable {

    static final List<String> JVM_OPTIONS = List.of("-Xms64m", "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    static final Duration STOP_GRACE = Duration.ofSeconds(10);

    record Settings(Path home, Path logs, Path libDir, String host, int port, int controllerPort) {
    }

    private final KafkaBrokerConfig config;
    private final String clusterId;
    private final Process process;
    private final Path log;

    private KafkaBroker(KafkaBrokerConfig config, String clusterId, Process process, Path log) {
        this.config = config;
        this.clusterId = clusterId;
        this.process = process;
        this.log = log;
    }

    static KafkaBroker start(Settings settings) throws IOException, StartupFailure {
        String classpath = classpath(settings.libDir());
        Path home = Files.createDirectories(settings.home());
        KafkaBrokerConfig config = new KafkaBrokerConfig(
                settings.host(), settings.port(), settings.controllerPort(), home.resolve("data"));
        Path serverProperties = Files.writeString(home.resolve("server.properties"), config.serverProperties());
        Path log4j = Files.writeString(home.resolve("log4j2.xml"), KafkaBrokerConfig.log4j2Xml());
        Path log = ChildJvm.freshLog(settings.logs(), "kafka");

        List<String> jvm = new ArrayList<>(JVM_OPTIONS);
        jvm.addAll(List.of("-Dlog4j2.configurationFile=" + log4j.toUri(), "-cp", classpath));
        String clusterId = KafkaClusterId.of(home, config.dataDir());
        if (!Files.exists(config.dataDir().resolve("meta.properties"))) {
            format(jvm, clusterId, serverProperties, log);
        }
        List<String> broker = new ArrayList<>(jvm);
        broker.addAll(List.of("kafka.Kafka", serverProperties.toString()));
        return new KafkaBroker(config, clusterId, ChildJvm.start(broker, Map.of(), log), log);
    }

    private static String classpath(Path libDir) throws StartupFailure {
        try (var jars = Files.list(libDir)) {
            if (jars.noneMatch(jar -> jar.getFileName().toString().startsWith("kafka_2.13-"))) {
                throw new StartupFailure("no kafka_2.13 jar in " + libDir);
            }
        } catch (IOException e) {
            throw new StartupFailure("no Kafka broker jars in " + libDir
                    + "; build them with ./mvnw -f devstack/kafka-broker/pom.xml package", e);
        }
        return libDir.toAbsolutePath() + "/*";
    }

    private static void format(List<String> jvm, String clusterId, Path serverProperties, Path log)
            throws IOException, StartupFailure {
        List<String> storageTool = new ArrayList<>(jvm);
        storageTool.addAll(List.of("kafka.tools.StorageTool", "format", "-t", clusterId, "-c", serverProperties.toString()));
        Process format = ChildJvm.start(storageTool, Map.of(), log);
        try {
            if (!format.waitFor(2, TimeUnit.MINUTES) || format.exitValue() != 0) {
                format.destroyForcibly();
                throw new StartupFailure("formatting Kafka's storage failed; last lines of " + log + ":\n"
                        + ChildJvm.tail(log, ReadinessWaiter.LOG_TAIL_LINES));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupFailure("interrupted while formatting Kafka's storage", e);
        }
    }

    /** Waits until the broker answers an AdminClient {@code describeCluster}. */
    void awaitReady(Duration timeout) throws StartupFailure, InterruptedException {
        Map<String, Object> adminConfig = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3_000,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(adminConfig)) {
            while (true) {
                if (!process.isAlive()) {
                    throw new StartupFailure("Kafka exited with code " + process.exitValue()
                            + "; last lines of " + log + ":\n" + logTail());
                }
                try {
                    admin.describeCluster().clusterId().get(3, TimeUnit.SECONDS);
                    return;
                } catch (ExecutionException | TimeoutException notYet) {
                    if (System.nanoTime() > deadline) {
                        throw new StartupFailure("Kafka did not answer within " + ReadinessWaiter.seconds(timeout)
                                + "; last lines of " + log + ":\n" + logTail());
                    }
                    Thread.sleep(200);
                }
            }
        }
    }

    String bootstrapServers() {
        return config.bootstrapServers();
    }

    String clusterId() {
        return clusterId;
    }

    Path log() {
        return log;
    }

    long pid() {
        return process.pid();
    }

    int exitCode() {
        return process.exitValue();
    }

    String logTail() {
        return ChildJvm.tail(log, ReadinessWaiter.LOG_TAIL_LINES);
    }

    void onExit(Runnable action) {
        process.onExit().thenRun(action);
    }

    @Override
    public void close() {
        ChildJvm.stop(process, STOP_GRACE);
    }
}
