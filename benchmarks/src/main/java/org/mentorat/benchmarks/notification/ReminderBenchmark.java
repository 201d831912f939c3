package org.mentorat.benchmarks.notification;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.mentorat.benchmarks.InfrastructureProcess;
import org.mentorat.notification.dispatch.Channel;
import org.mentorat.notification.dispatch.Dispatches;
import org.mentorat.notification.dispatch.OutgoingMessage;
import org.mentorat.notification.message.MessageArguments;
import org.mentorat.notification.message.Messages;
import org.mentorat.notification.message.NotificationKind;
import org.mentorat.notification.message.RenderedMessage;
import org.mentorat.notification.message.SessionFormat;

/**
 * Session reminders at scale with two instances of the real notification-service sharing one
 * database: 100,000 reminder emails are scheduled through the service's own
 * {@code Dispatches.schedule} (half by each instance, in random order), due one after the other
 * over {@code --window} seconds from {@code --lead} seconds after scheduling began. Both
 * instances' pollers send them to the GreenMail SMTP server in this JVM. The reminders due in the
 * first {@code --measure} seconds are measured, while the rest wait in the queue: each mail's
 * lateness is its arrival minus its due time (target p99 at most 2 s), and each must arrive
 * exactly once (by Message-ID) and not before its time. With {@code --measure} equal to
 * {@code --window} every reminder is measured. Kafka and mongo-java-server run in another JVM;
 * both instances run in this one.
 *
 * <p>Run: {@code ./mvnw -B -o -pl benchmarks -am -DskipTests -Preminders verify}
 * ({@code -Dreminders.args="--reminders 100000 --window 1000 --measure 120 --lead 90 --seed 42"}, then any
 * {@code --mentorat.notifications.dispatch.*=...} setting for both instances).
 */
public final class ReminderBenchmark {

    private static final String TENANT = "reminders";
    private static final List<Locale> LOCALES = List.of(Locale.FRENCH, Locale.ENGLISH, Locale.forLanguageTag("ar"));

    private ReminderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args, Map.of("--reminders", 100_000L, "--window", 1_000L, "--measure", 120L,
                "--lead", 90L, "--seed", 42L));
        int reminders = options.number("--reminders");
        int measured = (int) Math.min(reminders, (long) reminders * options.number("--measure")
                / options.number("--window"));
        System.out.printf(Locale.ROOT, "Reminder benchmark (two notification-service instances, one database): %s,"
                        + " service settings %s%n%s%nload average at start: %s%n", options.numbers(),
                options.serviceSettings(), Machine.describe(), Machine.loadAverage());
        Path directory = Files.createTempDirectory("reminder-benchmark");
        StoreTimings timings = new StoreTimings();
        try (InfrastructureProcess infrastructure = InfrastructureProcess.start(directory.resolve("infrastructure.log"));
                MailCatcher mail = new MailCatcher();
                NotificationInstance first = NotificationInstance.start(infrastructure, mail.port(),
                        options.serviceSettings(), timings);
                NotificationInstance second = NotificationInstance.start(infrastructure, mail.port(),
                        options.serviceSettings(), timings)) {
            long start = System.nanoTime();
            Instant firstDue = Instant.now().plusSeconds(options.number("--lead"));
            long windowMillis = options.number("--window") * 1000L;
            long[] dueMillis = new long[reminders];
            for (int i = 0; i < reminders; i++) {
                dueMillis[i] = firstDue.toEpochMilli() + i * windowMillis / reminders;
            }
            List<RenderedMessage> contents = contents(first.bean(Messages.class), firstDue);

            Machine.Mark scheduling = Machine.mark();
            schedule(List.of(first.bean(Dispatches.class), second.bean(Dispatches.class)), contents, dueMillis,
                    options.number("--seed"));
            double scheduled = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "(1) %,d reminders scheduled in %.1f s (%,.0f/s), %s; the first is due in %.1f s%n",
                    reminders, scheduled, reminders / scheduled, scheduling.since(),
                    Duration.between(Instant.now(), firstDue).toMillis() / 1000.0);
            System.out.printf(Locale.ROOT, "(1) the services' database commands, longest in all:%n%s%n",
                    timings.topAndReset(8));
            if (Instant.now().isAfter(firstDue)) {
                System.out.println("(1) WARNING: scheduling ended after the first due time; raise --lead");
            }

            Thread.sleep(Math.max(0, Duration.between(Instant.now(), firstDue).toMillis()));
            Machine.Mark sending = Machine.mark();
            System.out.printf(Locale.ROOT, "(2) measuring the %,d reminders due in the first %d s (%,.0f due a second),"
                    + " %,d more stay pending%n", measured, options.number("--measure"),
                    measured / (double) options.number("--measure"), reminders - measured);
            Progress.await("(2) reminders received", () -> mail.distinctTo(address -> indexOf(address) < measured),
                    measured, System.nanoTime(), () -> String.format(Locale.ROOT, " received, %,d due by now",
                            dueBy(dueMillis, System.currentTimeMillis())));
            String step = sending.since();
            String storeTop = timings.topAndReset(12);
            Progress.quietFor(10);

            List<MailCatcher.Arrival> arrivals = mail.arrivals();
            Lateness lateness = Lateness.of(arrivals.stream().filter(arrival -> indexOf(arrival.recipient()) < measured)
                    .toList(), dueMillis, ReminderBenchmark::indexOf);
            long measuredReceived = arrivals.stream().filter(arrival -> indexOf(arrival.recipient()) < measured).count();
            long early = arrivals.stream().filter(arrival -> arrival.atMillis() < dueMillis[indexOf(arrival.recipient())])
                    .count();
            long sentByFirst = first.outcomes("EMAIL", "sent");
            long sentBySecond = second.outcomes("EMAIL", "sent");
            System.out.printf(Locale.ROOT, "(2) %s%n(2) the services' database commands, longest in all:%n%s%n", step,
                    storeTop);
            System.out.printf(Locale.ROOT, "(3) lateness (arrival - due) of the %,d measured: %s%n", measured, lateness);
            System.out.printf(Locale.ROOT, "(3) 10 s later: %,d of the measured reminders received (%,d mails in all,"
                            + " %,d Message-IDs twice, %,d before their due time); sent by the first instance %,d,"
                            + " by the second %,d; still pending %,d%n",
                    measuredReceived, mail.received(), mail.duplicates(), early, sentByFirst, sentBySecond,
                    reminders - mail.distinct());
            boolean exactlyOnce = measuredReceived == measured && mail.duplicates() == 0 && early == 0;
            System.out.printf(Locale.ROOT, "%n| pending | due a second | measured | lateness p50 | p90 | p99 | max | twice |"
                            + "%n|---|---|---|---|---|---|---|---|%n| %,d | %,.0f | %,d | %.2f s | %.2f s | %.2f s | %.2f s | %d |%n"
                            + "%np99 %.2f s (target <= 2 s): %s; each reminder once: %s; load average at end: %s%n",
                    reminders, measured / (double) options.number("--measure"), measured, lateness.p50(), lateness.p90(),
                    lateness.p99(), lateness.max(), mail.duplicates(), lateness.p99(),
                    lateness.p99() <= 2 ? "met" : "NOT MET", exactlyOnce ? "yes" : "NO", Machine.loadAverage());
        }
    }

    static int indexOf(String address) {
        return Integer.parseInt(address.substring(1, address.indexOf('@')));
    }

    /** Each instance schedules half of the reminders, on its own thread, in a random order. */
    private static void schedule(List<Dispatches> instances, List<RenderedMessage> contents, long[] dueMillis,
            long seed) throws InterruptedException {
        List<Integer> order = new ArrayList<>(IntStream.range(0, dueMillis.length).boxed().toList());
        Collections.shuffle(order, new Random(seed));
        AtomicInteger done = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < instances.size(); t++) {
            Dispatches dispatches = instances.get(t);
            List<Integer> share = order.subList(t * order.size() / instances.size(),
                    (t + 1) * order.size() / instances.size());
            threads.add(Thread.ofPlatform().name("scheduler-" + t).start(() -> share.forEach(i -> {
                if (!dispatches.schedule(reminder(i, contents.get(i % contents.size()), dueMillis[i]))) {
                    throw new IllegalStateException("reminder " + i + " was already scheduled");
                }
                int count = done.incrementAndGet();
                if (count % 10_000 == 0) {
                    System.out.printf(Locale.ROOT, "(1) ... %,d scheduled (load %s)%n", count, Machine.loadAverage());
                }
            })));
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }

    /** The 1-hour reminder of a session, as the session trigger schedules it: dropped if not sent by the start. */
    private static OutgoingMessage reminder(int i, RenderedMessage content, long dueMillis) {
        Instant due = Instant.ofEpochMilli(dueMillis);
        String session = "session-" + i / 2;
        return new OutgoingMessage(TENANT, "reminder-" + i, "person-" + i, Channel.EMAIL,
                NotificationKind.SESSION_REMINDER, session, addressOf(i), content, List.of(), due,
                due.plus(Duration.ofHours(1)), "reminders:" + session + ":1", Map.of("sessionId", session));
    }

    static String addressOf(int i) {
        return "r" + i + "@" + TENANT + ".example";
    }

    /** A real reminder in each language, written once by the service's own templates. */
    private static List<RenderedMessage> contents(Messages messages, Instant due) {
        Instant start = due.plus(Duration.ofHours(1));
        return LOCALES.stream().map(locale -> messages.render(NotificationKind.SESSION_REMINDER, locale,
                ZoneId.of("Europe/Paris"), MessageArguments.builder().recipientName("Zoé Lefèvre")
                        .counterpartNames("Karim Haddad").programName("Mentorat Benchmark")
                        .session(start, Duration.ofMinutes(45), SessionFormat.VIDEO, "https://meet.example/abc")
                        .reminderOffset(Duration.ofHours(1)).deliveredAt(due)
                        .actionUrl("https://mentorat.example/sessions/s-1")
                        .preferencesUrl("https://mentorat.example/settings/notifications")
                        .unsubscribeUrl("https://mentorat.example/unsubscribe/t").build()))
                .toList();
    }

    private static long dueBy(long[] dueMillis, long now) {
        int index = java.util.Arrays.binarySearch(dueMillis, now);
        return index >= 0 ? index + 1 : -index - 1;
    }
}
