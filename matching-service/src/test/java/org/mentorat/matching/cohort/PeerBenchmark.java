package org.mentorat.matching.cohort;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Times the peer solver on large seeded cohorts, both modes, against the single transformed matching
 * it replaced for coverage first ({@link PeerSolver#byWeights}). A main, not a test: it only prints
 * figures, and nothing runs it during the build. Arguments: any number of
 * {@code participants:pairs[:skew]} (default {@code 20000:100000 10001:50000 20000:45000
 * 20000:50000:1 20000:30000:0.6}), and {@code --no-transform} to skip the old route, which takes
 * minutes on the first size. Skew draws one end of each pair towards low-numbered participants, so
 * many compete for the same popular peers.
 * From the repository root:
 * <pre>
 * ./mvnw -B -o -q -pl matching-service -am test-compile
 * ./mvnw -B -o -q -pl matching-service dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp matching-service/target/classes:matching-service/target/test-classes:$(cat /tmp/cp.txt) \
 *     org.mentorat.matching.cohort.PeerBenchmark [sizes...] [--no-transform]
 * </pre>
 */
final class PeerBenchmark {

    private PeerBenchmark() {
    }

    public static void main(String[] args) {
        Set<String> flags = new HashSet<>();
        List<String> sizes = new ArrayList<>();
        for (String arg : args) {
            (arg.startsWith("--") ? flags : sizes).add(arg);
        }
        if (sizes.isEmpty()) {
            sizes = List.of("20000:100000", "10001:50000", "20000:45000", "20000:50000:1", "20000:30000:0.6");
        }
        for (String size : sizes) {
            String[] parts = size.split(":");
            PeerProblem problem = generate(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                    parts.length > 2 ? Double.parseDouble(parts[2]) : 0, 42);
            int isolated = 0;
            for (int v = 0; v < problem.participantCount(); v++) {
                isolated += problem.degree(v) == 0 ? 1 : 0;
            }
            System.out.printf(Locale.ROOT, "%n%,d participants, %,d pairs, %,d without any allowed peer%n",
                    problem.participantCount(), problem.edgeCount(), isolated);
            for (CohortMode mode : CohortMode.values()) {
                PeerSolution solution = time(mode + " solve", () -> PeerSolver.solve(problem, mode));
                if (!flags.contains("--no-transform") && mode == CohortMode.COVERAGE_FIRST) {
                    PeerSolution old = time(mode + " transform", () -> PeerSolver.byWeights(problem, mode));
                    System.out.println(old.pairs().size() == solution.pairs().size()
                            && old.totalScore() == solution.totalScore() ? "  agree" : "  MISMATCH");
                }
            }
        }
    }

    private static PeerSolution time(String name, Supplier<PeerSolution> run) {
        long start = System.nanoTime();
        PeerSolution solution = run.get();
        int leftOut = solution.unmatched().size();
        System.out.printf(Locale.ROOT, "  %-26s %8.2f s  %,7d pairs  %,7d left out  total %.3f%n", name,
                (System.nanoTime() - start) / 1e9, solution.pairs().size(), leftOut, solution.totalScore());
        return solution;
    }

    /** Distinct random pairs, scores in thousandths. */
    static PeerProblem generate(int participants, int pairs, double skew, long seed) {
        Random random = new Random(seed);
        PeerProblem.Builder builder = PeerProblem.builder(participants);
        Set<Long> seen = new HashSet<>();
        while (seen.size() < pairs) {
            int a = random.nextInt(participants);
            int b = (int) (participants * Math.pow(random.nextDouble(), 1 + skew));
            if (a != b && seen.add((long) Math.min(a, b) * participants + Math.max(a, b))) {
                builder.edge(a, b, random.nextInt(1_001) / 1_000.0);
            }
        }
        return builder.build();
    }
}
