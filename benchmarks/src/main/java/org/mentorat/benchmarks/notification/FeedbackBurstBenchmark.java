package org.mentorat.benchmarks.notification;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.mentorat.benchmarks.InfrastructureProcess;
import org.mentorat.events.profile.ProgramPublished;
import org.mentorat.events.session.SessionCompleted;

/**
 * A burst of feedback requests through the real notification-service: 10,000 people announced by
 * profile's ContactDetailsChanged (French, English and Arabic, in many zones), then 5,000
 * SessionCompleted at once, each of one mentor and one mentee, published as session-service's
 * relay would. Each participant gets a feedback request by email (to the GreenMail SMTP server in
 * this JVM) and in the app: 10,000 mails, timed from the first event sent until the mail server
 * has them all (target at least 200 emails/s), none twice (by Message-ID). The follow-ups are due
 * 3 days later and must stay pending. Kafka and mongo-java-server run in another JVM.
 *
 * <p>Run: {@code ./mvnw -B -o -pl benchmarks -am -DskipTests -Pfeedback-burst verify}
 * ({@code -Dfeedback-burst.args="--people 10000 --sessions 5000 --seed 42"}, then any
 * {@code --mentorat.notifications.dispatch.*=...} setting for the service).
 */
public final class FeedbackBurstBenchmark {

    private static final String TENANT = "burst";
    private static final String PROGRAM = "feedback-burst";

    private FeedbackBurstBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args, Map.of("--people", 10_000L, "--sessions", 5_000L, "--seed", 42L));
        int people = options.number("--people");
        int sessions = options.number("--sessions");
        if (2L * sessions > people) {
            throw new IllegalArgumentException("each session needs two people of its own: --people >= 2 x --sessions");
        }
        System.out.printf(Locale.ROOT, "Feedback burst benchmark (through notification-service): %s, service settings %s%n"
                + "%s%nload average at start: %s%n", options.numbers(), options.serviceSettings(), Machine.describe(),
                Machine.loadAverage());
        Path directory = Files.createTempDirectory("feedback-burst-benchmark");
        StoreTimings timings = new StoreTimings();
        try (InfrastructureProcess infrastructure = InfrastructureProcess.start(directory.resolve("infrastructure.log"));
                MailCatcher mail = new MailCatcher();
                NotificationInstance service = NotificationInstance.start(infrastructure, mail.port(),
                        options.serviceSettings(), timings);
                MongoClient client = NotificationInstance.client(infrastructure);
                KafkaProducer<String, byte[]> producer = Relay.producer(infrastructure.kafka())) {
            MongoDatabase database = NotificationInstance.database(client);
            Relay relay = new Relay(producer, TENANT);

            long start = System.nanoTime();
            Instant now = Instant.now();
            relay.profile(PROGRAM, programPublished(now));
            Participants participants = new Participants(TENANT, options.number("--seed"));
            for (int i = 0; i < people; i++) {
                relay.profile(Participants.personId(i), participants.contact(i, now));
            }
            producer.flush();
            double known = Progress.await("(1) contacts", () -> database.getCollection("contacts")
                    .countDocuments(eq("tenantId", TENANT)), people, start);
            System.out.printf(Locale.ROOT, "(1) %,d contacts known after %.1f s (%,.0f events/s)%n", people, known,
                    people / known);

            System.out.printf(Locale.ROOT, "(1) the service's database commands, longest in all:%n%s%n",
                    timings.topAndReset(8));
            int mails = 2 * sessions;
            Machine.Mark burst = Machine.mark();
            long burstStartMillis = System.currentTimeMillis();
            start = System.nanoTime();
            Instant completedAt = Instant.now().minus(Duration.ofMinutes(5));
            for (int i = 0; i < sessions; i++) {
                String mentor = Participants.personId(2 * i);
                String mentee = Participants.personId(2 * i + 1);
                String session = "session-" + i;
                relay.session(session, new SessionCompleted(session, "mentorship-" + i, PROGRAM, mentor, mentee,
                        completedAt, List.of(mentee), 45));
            }
            producer.flush();
            double published = (System.nanoTime() - start) / 1e9;
            Progress.await("(2) feedback requests by email", mail::distinct, mails, start,
                    () -> String.format(Locale.ROOT, " mails, %,d in-app", inApp(database)));
            String step = burst.since();
            String storeTop = timings.topAndReset(15);
            long lastMillis = mail.arrivals().stream().mapToLong(MailCatcher.Arrival::atMillis).max().orElseThrow();
            long firstMillis = mail.arrivals().stream().mapToLong(MailCatcher.Arrival::atMillis).min().orElseThrow();
            double elapsed = (lastMillis - burstStartMillis) / 1000.0;
            double inAppSeconds = Progress.await("(3) feedback requests in the app", () -> inApp(database), mails,
                    start);
            Progress.quietFor(10);

            Map<String, Long> queue = Queue.countByKindChannelStatus(database);
            Instant earliestFollowUp = Queue.earliestDue(database, "FEEDBACK_FOLLOW_UP");
            System.out.printf(Locale.ROOT, "(2) %,d SessionCompleted published in %.2f s; first mail after %.2f s,"
                            + " the %,dth after %.2f s: %,.0f emails/s%n", sessions, published,
                    (firstMillis - burstStartMillis) / 1000.0, mails, elapsed, mails / elapsed);
            System.out.printf(Locale.ROOT, "(2) %s%n(2) the service's database commands, longest in all:%n%s%n", step,
                    storeTop);
            System.out.printf(Locale.ROOT, "(3) %,d in-app requests placed after %.2f s%n", mails, inAppSeconds);
            System.out.printf(Locale.ROOT, "(4) 10 s later: %,d mails received, %,d distinct Message-IDs, %,d twice;"
                    + " by language %s%n", mail.received(), mail.distinct(), mail.duplicates(), mail.byLanguage());
            System.out.printf(Locale.ROOT, "(4) queue (kind/channel/status): %s%n(4) earliest follow-up due %s (%s from now)%n",
                    queue, earliestFollowUp, earliestFollowUp == null ? "-"
                            : Duration.between(Instant.now(), earliestFollowUp).truncatedTo(java.time.temporal.ChronoUnit.MINUTES));
            boolean followUpsPending = queue.getOrDefault("FEEDBACK_FOLLOW_UP/EMAIL/PENDING", 0L) == mails
                    && queue.keySet().stream().noneMatch(key -> key.startsWith("FEEDBACK_FOLLOW_UP/") && !key.endsWith("PENDING"));
            boolean exactlyOnce = mail.received() == mails && mail.distinct() == mails && mail.duplicates() == 0;
            System.out.printf(Locale.ROOT, "%n| burst | mails | time to the last mail | emails/s | duplicates | in-app |"
                            + "%n|---|---|---|---|---|---|%n| %,d SessionCompleted | %,d | %.2f s | %,.0f | %d | %,d in %.2f s |%n"
                            + "%nemails/s %,.0f (target >= 200): %s; each mail once: %s; follow-ups all pending: %s;"
                            + " load average at end: %s%n",
                    sessions, mail.distinct(), elapsed, mails / elapsed, mail.duplicates(), mails, inAppSeconds,
                    mails / elapsed, mails / elapsed >= 200 ? "met" : "NOT MET", exactlyOnce ? "yes" : "NO",
                    followUpsPending ? "yes" : "NO", Machine.loadAverage());
        }
    }

    private static long inApp(MongoDatabase database) {
        return database.getCollection("notifications").countDocuments(and(eq("tenantId", TENANT),
                eq("kind", "FEEDBACK_REQUEST")));
    }

    private static ProgramPublished programPublished(Instant at) {
        return new ProgramPublished(PROGRAM, "Mentorat Benchmark", "ONE_TO_ONE", at, null, null, 26, 2, "ADMIN_COHORT",
                null, null, "QUALITY", 5, 7, null, null, null, null);
    }
}
