package org.mentorat.benchmarks.matchingrun;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoDatabase;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.mentorat.benchmarks.HeapWatch;
import org.mentorat.events.DomainEvent;
import org.mentorat.events.EventSources;
import org.mentorat.events.Topics;
import org.mentorat.platform.events.CloudEventRecords;
import tools.jackson.databind.JsonNode;

/**
 * One program measured step by step in the running service: registrations in, run to DRAFT,
 * publish to PUBLISHED, then every MatchProposed on the broker. Prints progress while it waits.
 */
record ProgramSession(String tenant, GeneratedProgram program, KafkaProducer<String, byte[]> producer,
        MongoDatabase database, RunClient client, HeapWatch heap, String kafka) {

    RunMeasurement measure() throws Exception {
        RunMeasurement.Builder result = new RunMeasurement.Builder(program);
        heap.reset();
        long start = System.nanoTime();
        registerEveryone();
        result.ingested(System.nanoTime() - start, heap.maxUsed(), heap.maxLive());
        System.out.printf(Locale.ROOT, "(1) %,d events consumed into the read model in %.1f s%n",
                program.registrations.size() + 1, MatchingRunBenchmark.seconds(System.nanoTime() - start));

        heap.reset();
        start = System.nanoTime();
        String runId = client.start(program.programId);
        JsonNode draft = client.await(runId, "DRAFT", progress("(2) computing", start));
        result.drafted(System.nanoTime() - start, draft.get("figures"), heap.maxUsed(), heap.maxLive());
        System.out.printf(Locale.ROOT, "(2) DRAFT in %.1f s: %s%n", MatchingRunBenchmark.seconds(System.nanoTime() - start),
                RunMeasurement.describe(draft.get("figures")));

        heap.reset();
        start = System.nanoTime();
        client.publish(runId);
        JsonNode published = client.await(runId, "PUBLISHED", progress("(3) publishing", start));
        result.published(System.nanoTime() - start, published.get("published"), heap.maxUsed(), heap.maxLive());
        System.out.printf(Locale.ROOT, "(3) PUBLISHED in %.1f s: %s%n", MatchingRunBenchmark.seconds(System.nanoTime() - start),
                published.get("published"));

        start = System.nanoTime();
        long proposedEvents = awaitProposedEvents(draft.get("figures").get("matched").asLong());
        result.proposedEvents(proposedEvents, System.nanoTime() - start);
        System.out.printf(Locale.ROOT, "    %,d MatchProposed on %s (%.1f s after PUBLISHED)%n", proposedEvents,
                Topics.MATCHING_EVENTS, MatchingRunBenchmark.seconds(System.nanoTime() - start));
        return result.build();
    }

    /** The program first (a run needs it), then every registration; done when the read model holds all. */
    private void registerEveryone() throws Exception {
        send(program.programId, program.program);
        program.registrations.forEach(this::send);
        producer.flush();
        long start = System.nanoTime();
        long lastProgress = start;
        long lastChange = start;
        long seen = -1;
        while (true) {
            long mentors = count("mentors");
            long mentees = count("mentees");
            if (mentors + mentees != seen) {
                seen = mentors + mentees;
                lastChange = System.nanoTime();
            } else if (System.nanoTime() - lastChange > MatchingRunBenchmark.STALL_NANOS) {
                throw new IllegalStateException("the read model stopped at " + mentors + " mentors and " + mentees
                        + " mentees; see the service's log");
            }
            boolean programKnown = database.getCollection("programs").countDocuments(
                    and(eq("tenantId", tenant), eq("_id", program.programId))) > 0;
            if (programKnown && mentors == program.mentors && mentees == program.mentees) {
                return;
            }
            if (System.nanoTime() - lastProgress > MatchingRunBenchmark.PROGRESS_MILLIS * 1_000_000) {
                lastProgress = System.nanoTime();
                System.out.printf(Locale.ROOT, "(1) ... %.0f s: read model holds %,d/%,d mentors, %,d/%,d mentees%n",
                        MatchingRunBenchmark.seconds(lastProgress - start), mentors, program.mentors, mentees, program.mentees);
            }
            Thread.sleep(200);
        }
    }

    private void send(String subject, DomainEvent event) {
        producer.send(CloudEventRecords.recordOf(Topics.PROFILE_EVENTS, EventSources.PROFILE, tenant, subject, 1,
                event), (metadata, failure) -> {
                    if (failure != null) {
                        System.out.println("SEND FAILED for " + subject + ": " + failure);
                    }
                });
    }

    private long count(String collection) {
        return database.getCollection(collection).countDocuments(
                and(eq("tenantId", tenant), eq("programId", program.programId)));
    }

    /** The outbox relays after the commit: waits until the broker holds them all, or 60 s without news. */
    private long awaitProposedEvents(long expected) throws InterruptedException {
        try (ProposedEvents events = new ProposedEvents(kafka, tenant)) {
            return awaitProposedEvents(events, expected);
        }
    }

    private long awaitProposedEvents(ProposedEvents events, long expected) throws InterruptedException {
        long seen = -1;
        long lastChange = System.nanoTime();
        long lastProgress = lastChange;
        while (true) {
            long now = events.count();
            if (now >= expected) {
                return now;
            }
            if (System.nanoTime() - lastProgress > MatchingRunBenchmark.PROGRESS_MILLIS * 1_000_000) {
                lastProgress = System.nanoTime();
                System.out.printf(Locale.ROOT, "(3) ... %,d/%,d MatchProposed on the broker%n", now, expected);
            }
            if (now != seen) {
                seen = now;
                lastChange = System.nanoTime();
            } else if (System.nanoTime() - lastChange > MatchingRunBenchmark.STALL_NANOS) {
                return now;
            }
            Thread.sleep(200);
        }
    }

    private Consumer<JsonNode> progress(String step, long start) {
        long[] last = {System.nanoTime()};
        return run -> {
            if (System.nanoTime() - last[0] > MatchingRunBenchmark.PROGRESS_MILLIS * 1_000_000) {
                last[0] = System.nanoTime();
                System.out.printf(Locale.ROOT, "%s ... %.0f s, status %s, %,d matches stored%n", step,
                        MatchingRunBenchmark.seconds(last[0] - start), run.path("status").asString(),
                        database.getCollection("matches").countDocuments(eq("tenantId", tenant)));
            }
        };
    }
}
