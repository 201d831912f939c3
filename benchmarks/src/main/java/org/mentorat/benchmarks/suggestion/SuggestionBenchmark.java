package org.mentorat.benchmarks.suggestion;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import org.mentorat.matching.scoring.PairScorer;
import org.mentorat.matching.scoring.ranking.MentorRanking;
import org.mentorat.matching.scoring.ranking.RankedMentor;
import org.mentorat.matching.scoring.vocabulary.Candidate;
import org.mentorat.matching.scoring.vocabulary.Criterion;
import org.mentorat.matching.scoring.vocabulary.DepartmentPolicy;
import org.mentorat.matching.scoring.vocabulary.PairHistory;
import org.mentorat.matching.scoring.vocabulary.PairInput;
import org.mentorat.matching.scoring.vocabulary.ProgramRules;
import org.mentorat.matching.scoring.vocabulary.ProgramType;
import org.mentorat.matching.scoring.vocabulary.ReportingLines;
import org.mentorat.matching.scoring.vocabulary.ScoredPair;
import org.mentorat.matching.scoring.vocabulary.Weights;

/**
 * The suggestions feature's hot path on its own: a mentee's top 5 among 20,000 prepared mentors
 * ({@link MentorRanking}), single-threaded. Per program it prints the preparation time (first and
 * median of {@link #PREPARATIONS}), the heap the prepared ranking retains beyond the mentors
 * themselves, then, after {@link #WARM_UP_PASSES} passes over every mentee, the latency of
 * {@code top(mentee, history, 5)} over {@link #MEASURED_PASSES} passes (each call timed alone) and
 * what one call allocates; last, for reference, scoring every pair with {@link PairScorer} for a
 * few mentees, which must pick the same mentors. Arguments: {@code [--seed 42] [--mentors 20000] [--mentees 2000]}.
 */
public final class SuggestionBenchmark {

    private static final int K = 5;
    private static final int PREPARATIONS = 5;
    private static final int WARM_UP_PASSES = 5;
    private static final int MEASURED_PASSES = 5;
    private static final int BRUTE_FORCE_MENTEES = 20;
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private SuggestionBenchmark() {
    }

    public static void main(String[] args) {
        long seed = Long.parseLong(option(args, "--seed", "42"));
        int mentorCount = Integer.parseInt(option(args, "--mentors", "20000"));
        int menteeCount = Integer.parseInt(option(args, "--mentees", "2000"));
        GeneratedPeople people = new GeneratedPeople(seed);
        List<Candidate> mentors = people.mentors(mentorCount);
        List<Candidate> mentees = people.mentees(menteeCount);
        int[] seats = people.seats(mentorCount);
        ReportingLines lines = people.reportingLines();
        PairHistory history = people.history(menteeCount, mentorCount, 3 * menteeCount, menteeCount / 4);
        System.out.printf(Locale.ROOT, "%,d mentors (%,d with a seat left), %,d mentees, seed %d, k = %d, %s%n",
                mentorCount, Arrays.stream(seats).filter(s -> s > 0).count(), menteeCount, seed, K,
                Runtime.version());

        measure("one-to-one, strict rules", strict(), mentors, seats, lines, mentees, history);
        measure("peer, no optional rule", ProgramRules.lenient(ProgramType.PEER, Weights.equal()), mentors, seats,
                lines, mentees, history);
    }

    /** Weights as a typical program sets them; reporting line 2 up, a shared language, gap 1 to 6. */
    private static ProgramRules strict() {
        EnumMap<Criterion, Double> weights = new EnumMap<>(Criterion.class);
        weights.put(Criterion.SKILLS, 3.0);
        weights.put(Criterion.GOALS, 1.0);
        weights.put(Criterion.LANGUAGES, 1.0);
        weights.put(Criterion.AVAILABILITY, 2.0);
        weights.put(Criterion.SENIORITY, 1.0);
        weights.put(Criterion.STYLE, 1.0);
        weights.put(Criterion.LOCATION, 0.5);
        weights.put(Criterion.DEPARTMENT_DIVERSITY, 0.5);
        return new ProgramRules(ProgramType.ONE_TO_ONE, new Weights(weights), 2, true, DepartmentPolicy.ANY, 1, 6);
    }

    private static void measure(String name, ProgramRules program, List<Candidate> mentors, int[] seats,
            ReportingLines lines, List<Candidate> mentees, PairHistory history) {
        System.out.printf(Locale.ROOT, "%n%s%n", name);
        long[] preparations = new long[PREPARATIONS];
        for (int i = 0; i < PREPARATIONS; i++) {
            long start = System.nanoTime();
            MentorRanking.of(program, mentors, seats, lines);
            preparations[i] = System.nanoTime() - start;
        }
        long before = liveHeap();
        MentorRanking ranking = MentorRanking.of(program, mentors, seats, lines);
        long retained = liveHeap() - before;
        long firstPreparation = preparations[0];
        Arrays.sort(preparations);
        System.out.printf(Locale.ROOT, "preparation: first %.0f ms, median %.0f ms; retained heap %.1f MB%n",
                firstPreparation / 1e6, preparations[PREPARATIONS / 2] / 1e6, retained / 1e6);

        for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
            for (Candidate mentee : mentees) {
                ranking.top(mentee, history, K);
            }
        }
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] nanos = new long[MEASURED_PASSES * mentees.size()];
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long found = 0;
        int call = 0;
        for (int pass = 0; pass < MEASURED_PASSES; pass++) {
            for (Candidate mentee : mentees) {
                long start = System.nanoTime();
                List<RankedMentor> top = ranking.top(mentee, history, K);
                nanos[call++] = System.nanoTime() - start;
                found += top.size();
            }
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "top(mentee, history, %d) over %,d calls: p50 %.2f ms, p90 %.2f ms, "
                        + "p99 %.2f ms, max %.2f ms; %.1f KB allocated a call; %.2f mentors returned a call%n",
                K, nanos.length, percentile(nanos, 0.50), percentile(nanos, 0.90), percentile(nanos, 0.99),
                nanos[nanos.length - 1] / 1e6, allocated / 1e3 / nanos.length, (double) found / nanos.length);
        Reference.reachabilityFence(ranking);
        bruteForce(ranking, program, mentors, seats, lines, mentees.subList(0, Math.min(BRUTE_FORCE_MENTEES,
                mentees.size())), history);
    }

    /**
     * The reference the ranking replaces: {@link PairScorer#assess} on every pair, sorted. Timed on
     * a few mentees only, and checked to pick the same mentors with the same explanations.
     */
    private static void bruteForce(MentorRanking ranking, ProgramRules program, List<Candidate> mentors, int[] seats,
            ReportingLines lines, List<Candidate> mentees, PairHistory history) {
        long[] nanos = new long[mentees.size()];
        for (int m = 0; m < mentees.size(); m++) {
            Candidate mentee = mentees.get(m);
            long start = System.nanoTime();
            List<RankedMentor> all = new ArrayList<>();
            for (int i = 0; i < mentors.size(); i++) {
                if (PairScorer.assess(new PairInput(mentors.get(i), mentee, program, lines, history, seats[i]))
                        instanceof ScoredPair scored) {
                    all.add(new RankedMentor(i, scored));
                }
            }
            all.sort(Comparator.comparingDouble((RankedMentor r) -> -r.scored().score())
                    .thenComparingInt(RankedMentor::index));
            nanos[m] = System.nanoTime() - start;
            if (!all.subList(0, Math.min(K, all.size())).equals(ranking.top(mentee, history, K))) {
                throw new IllegalStateException("the ranking disagrees with PairScorer for " + mentee.personId());
            }
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "reference, PairScorer.assess on every pair over %d mentees: median %.0f ms"
                + " (same top %d for each)%n", nanos.length, nanos[nanos.length / 2] / 1e6, K);
    }

    private static double percentile(long[] sorted, double share) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] / 1e6;
    }

    /** The heap in use after collecting garbage (a few times, until it settles). */
    private static long liveHeap() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            used = Math.min(used, MEMORY.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
