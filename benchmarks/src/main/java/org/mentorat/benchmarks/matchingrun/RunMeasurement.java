package org.mentorat.benchmarks.matchingrun;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/** What one program's run cost, step by step, and whether its outcome holds together. */
record RunMeasurement(GeneratedProgram program, long ingestNanos, long draftNanos, long publishNanos,
        JsonNode figures, JsonNode published, long proposedEvents, long eventsLagNanos, long[] heapUsed,
        long[] heapLive) {

    static String describe(JsonNode figures) {
        return String.format(Locale.ROOT, "%d of %d matched, unmatched %s, mean score %.3f, min %.3f",
                figures.get("matched").asInt(), figures.get("mentees").asInt(), figures.get("unmatchedByReason"),
                figures.path("meanScore").asDouble(), figures.path("minScore").asDouble());
    }

    static void printTable(List<RunMeasurement> results) {
        System.out.println();
        System.out.printf(Locale.ROOT, "%-13s %7s %8s %8s %9s %8s %8s %13s %8s %9s %10s  %s%n", "mentees x",
                "seats", "ingest", "events/s", "run→DRAFT", "matched", "mean", "publish→PUBL", "pairs/s", "proposed",
                "relay lag",
                "heap max used / live MB (ingest, run, publish)");
        for (RunMeasurement r : results) {
            double publishSeconds = MatchingRunBenchmark.seconds(r.publishNanos());
            int matched = r.figures().get("matched").asInt();
            System.out.printf(Locale.ROOT, "%-13s %7d %7.1fs %8.0f %8.1fs %8d %8.3f %12.1fs %8.0f %9d %9.1fs  %d/%d, %d/%d, %d/%d%n",
                    String.format("%,d x %,d", r.program().mentees, r.program().mentors), r.program().seats,
                    MatchingRunBenchmark.seconds(r.ingestNanos()),
                    (r.program().registrations.size() + 1) / MatchingRunBenchmark.seconds(r.ingestNanos()),
                    MatchingRunBenchmark.seconds(r.draftNanos()), matched, r.figures().path("meanScore").asDouble(),
                    publishSeconds, matched / publishSeconds, r.proposedEvents(),
                    MatchingRunBenchmark.seconds(r.eventsLagNanos()),
                    r.heapUsed()[0] >> 20, r.heapLive()[0] >> 20, r.heapUsed()[1] >> 20, r.heapLive()[1] >> 20,
                    r.heapUsed()[2] >> 20, r.heapLive()[2] >> 20);
        }
    }

    /** Publishing a fresh draft must propose every pair, and tell the broker once per pair. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        String size = program.mentees + "x" + program.mentors;
        int matched = figures.get("matched").asInt();
        if (published.path("PROPOSED").asInt() != matched || published.size() != 1) {
            problems.add(size + ": published " + published + " but " + matched + " matched");
        }
        if (proposedEvents != matched) {
            problems.add(size + ": " + proposedEvents + " MatchProposed events for " + matched + " matched");
        }
        return problems;
    }

    static final class Builder {
        private final GeneratedProgram program;
        private final long[] heapUsed = new long[3];
        private final long[] heapLive = new long[3];
        private long ingestNanos;
        private long draftNanos;
        private long publishNanos;
        private JsonNode figures;
        private JsonNode published;
        private long proposedEvents;
        private long eventsLagNanos;

        Builder(GeneratedProgram program) {
            this.program = program;
        }

        void ingested(long nanos, long used, long live) {
            ingestNanos = nanos;
            heap(0, used, live);
        }

        void drafted(long nanos, JsonNode runFigures, long used, long live) {
            draftNanos = nanos;
            figures = runFigures;
            heap(1, used, live);
        }

        void published(long nanos, JsonNode counts, long used, long live) {
            publishNanos = nanos;
            published = counts;
            heap(2, used, live);
        }

        void proposedEvents(long count, long lagNanos) {
            proposedEvents = count;
            eventsLagNanos = lagNanos;
        }

        private void heap(int step, long used, long live) {
            heapUsed[step] = used;
            heapLive[step] = live;
        }

        RunMeasurement build() {
            return new RunMeasurement(program, ingestNanos, draftNanos, publishNanos, figures, published,
                    proposedEvents, eventsLagNanos, heapUsed, heapLive);
        }
    }
}
