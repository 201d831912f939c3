package org.mentorat.devstack;

import static org.mentorat.devstack.ServiceCatalog.HOST;

import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.mentorat.devstack.mail.MailCatcher;

/**
 * Starts the whole platform on this machine: a Kafka broker, the MongoDB-wire store, the SMTP
 * server that catches every mail, the four services and the gateway; prints where they are; stops them in reverse order on Ctrl-C.
 */
public final class DevStack {

    private static final Duration KAFKA_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration SERVICE_STOP_GRACE = Duration.ofSeconds(20);

    private final DevStackOptions options;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<ServiceProcess> services = new CopyOnWriteArrayList<>();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private volatile KafkaBroker kafka;
    private volatile EmbeddedMongo mongo;
    private volatile MailCatcher mail;

    DevStack(DevStackOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static void main(String[] args) throws InterruptedException {
        DevStackOptions options;
        try {
            options = DevStackOptions.parse(args, Path.of(""));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(DevStackOptions.USAGE);
            return;
        }
        DevStack stack = new DevStack(options, System.out);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "devstack-shutdown"));
        try {
            stack.start();
        } catch (StartupFailure | IOException e) {
            if (!stack.stopping.get()) {
                System.err.println();
                System.err.println("devstack could not start: " + e.getMessage());
            }
            System.exit(1);
        }
        Thread.currentThread().join();
    }

    /**
     * The console is for the launcher's own progress lines; what the libraries in its JVM log (the
     * MongoDB-wire store above all) goes to a file. Must run before the first SLF4J logger is created.
     */
    private static void logLibrariesTo(Path log) {
        System.setProperty("org.slf4j.simpleLogger.logFile", log.toString());
    }

    void start() throws StartupFailure, IOException, InterruptedException {
        long started = System.nanoTime();
        if (options.demo()) {
            out.println("--demo: demo seeding comes with a later issue; starting the platform without it");
        }
        Map<ServiceSpec, Path> jars = ExecutableJars.in(options.root());
        Ports.requireFree(HOST, ServiceCatalog.ports());
        logLibrariesTo(ChildJvm.freshLog(options.logs(), "mongo"));

        out.printf("Kafka: starting a KRaft broker on %s:%d (data %s)%n", HOST, ServiceCatalog.KAFKA_PORT, kafkaHome());
        long kafkaStarted = System.nanoTime();
        kafka = KafkaBroker.start(new KafkaBroker.Settings(kafkaHome(), options.logs(), kafkaLib(), HOST,
                ServiceCatalog.KAFKA_PORT, ServiceCatalog.KAFKA_CONTROLLER_PORT));
        requireNotStopping();
        kafka.awaitReady(KAFKA_TIMEOUT);
        out.printf("Kafka: ready after %s (cluster %s, log %s)%n",
                ReadinessWaiter.seconds(Duration.ofNanos(System.nanoTime() - kafkaStarted)), kafka.clusterId(), kafka.log());

        mongo = EmbeddedMongo.start(options.data().resolve("mongo").resolve("mentorat.mv"), HOST, ServiceCatalog.MONGO_PORT);
        requireNotStopping();
        out.printf("MongoDB-wire store: listening on %s (file %s)%n", mongo.connectionString(), mongo.file());

        mail = MailCatcher.start(HOST, ServiceCatalog.SMTP_PORT, ServiceCatalog.MAIL_WEB_PORT);
        requireNotStopping();
        out.printf("Mail catcher: SMTP on %s:%d, every mail at %s%n", HOST, mail.smtpPort(), mail.webUrl());

        Infrastructure infrastructure = new Infrastructure(HOST, ServiceCatalog.KAFKA_PORT, ServiceCatalog.MONGO_PORT,
                ServiceCatalog.SMTP_PORT, hmacSecret());
        for (Map.Entry<ServiceSpec, Path> entry : jars.entrySet()) {
            requireNotStopping();
            ServiceSpec spec = entry.getKey();
            services.add(ServiceProcess.start(spec, entry.getValue(), infrastructure, options.logs(), http));
            out.printf("Starting %-22s on :%d (management :%d), log %s%n",
                    spec.module(), spec.port(), spec.managementPort(), options.logs().resolve(spec.module() + ".log"));
        }
        new ReadinessWaiter(READY_TIMEOUT, Duration.ofMillis(500), Duration.ofSeconds(15), out).awaitAll(services);
        services.forEach(service -> service.onExit(this::reportUnexpectedExit));
        kafka.onExit(() -> reportUnexpectedExit("Kafka", kafka.exitCode(), kafka.log(), kafka.logTail()));

        Optional<String> token = DevToken.request(http, ServiceCatalog.GATEWAY.baseUrl(HOST));
        new StackSummary(infrastructure, ServiceCatalog.all(), options.data(), mongo.file(), mail.webUrl(),
                mail.apiUrl(), token, Duration.ofNanos(System.nanoTime() - started)).print(out);
    }

    /** Gateway and services together (they only need the infrastructure), then the mail catcher, Kafka, Mongo. */
    void stop() {
        if (!stopping.compareAndSet(false, true)
                || (services.isEmpty() && kafka == null && mongo == null && mail == null)) {
            return;
        }
        out.println();
        if (!services.isEmpty()) {
            out.println("Stopping the gateway and the services...");
            try (ExecutorService stopper = Executors.newVirtualThreadPerTaskExecutor()) {
                services.forEach(service -> stopper.submit(() -> service.stop(SERVICE_STOP_GRACE)));
            }
        }
        if (mail != null) {
            out.println("Stopping the mail catcher (caught mail is not kept)...");
            mail.close();
        }
        if (kafka != null) {
            out.println("Stopping Kafka...");
            kafka.close();
        }
        if (mongo != null) {
            out.println("Closing the MongoDB-wire store...");
            mongo.close();
        }
        out.println("Stopped; data kept in " + options.data());
    }

    /** Ctrl-C during start: whatever the shutdown hook did not see yet must not outlive the launcher. */
    private void requireNotStopping() throws StartupFailure {
        if (stopping.get()) {
            services.forEach(service -> service.stop(SERVICE_STOP_GRACE));
            if (kafka != null) {
                kafka.close();
            }
            throw new StartupFailure("stopped while starting");
        }
    }

    private void reportUnexpectedExit(ServiceProcess service) {
        reportUnexpectedExit(service.name(), service.exitCode(), service.log(), service.logTail(ReadinessWaiter.LOG_TAIL_LINES));
    }

    private void reportUnexpectedExit(String name, int exitCode, Path log, String tail) {
        if (!stopping.get()) {
            out.printf("%n%s stopped unexpectedly (exit code %d); the rest keeps running. Last lines of %s:%n%s%n",
                    name, exitCode, log, tail);
        }
    }

    private Path kafkaHome() {
        return options.data().resolve("kafka");
    }

    private Path kafkaLib() {
        return options.root().resolve("devstack").resolve("kafka-broker").resolve("target").resolve("lib");
    }

    private static String hmacSecret() {
        String fromEnvironment = System.getenv("MENTORAT_HMAC_SECRET");
        return fromEnvironment == null || fromEnvironment.isBlank() ? Infrastructure.DEV_HMAC_SECRET : fromEnvironment;
    }
}
