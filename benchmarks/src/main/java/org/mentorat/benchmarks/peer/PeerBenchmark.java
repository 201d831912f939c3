package org.mentorat.benchmarks.peer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.mentorat.solver.cohort.CohortMode;
import org.mentorat.solver.peer.PeerProblem;
import org.mentorat.solver.peer.PeerSolution;
import org.mentorat.solver.peer.PeerSolver;

/**
 * Times the peer solver on large seeded cohorts in both modes. Arguments: any number of
 * {@code participants:pairs[:skew]} (default {@code 20000:100000 10001:50000 20000:45000
 * 20000:50000:1 20000:30000:0.6}). Skew draws one end of each pair towards low-numbered
 * participants, so many compete for the same popular peers. The modes must agree with each other:
 * coverage first pairs at least as many, quality first scores at least as high ("MISMATCH" and
 * exit code 1 if not). From the repository root:
 * {@code ./mvnw -B -o -pl benchmarks -am -DskipTests -Ppeer verify [-Dpeer.args="20000:100000"]}.
 */
public final class PeerBenchmark {

    private static final List<String> SIZES = List.of("20000:100000", "10001:50000", "20000:45000", "20000:50000:1",
            "20000:30000:0.6");

    private PeerBenchmark() {
    }

    public static void main(String[] args) {
        boolean agreed = true;
        for (String size : args.length == 0 ? SIZES : List.of(args)) {
            String[] parts = size.split(":");
            PeerProblem problem = generate(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                    parts.length > 2 ? Double.parseDouble(parts[2]) : 0, 42);
            int isolated = 0;
            for (int v = 0; v < problem.participantCount(); v++) {
                isolated += problem.degree(v) == 0 ? 1 : 0;
            }
            System.out.printf(Locale.ROOT, "%n%s: %,d participants, %,d pairs, %,d without any allowed peer%n",
                    size, problem.participantCount(), problem.edgeCount(), isolated);
            PeerSolution quality = time("quality first", () -> PeerSolver.solve(problem, CohortMode.QUALITY_FIRST));
            PeerSolution coverage = time("coverage first", () -> PeerSolver.solve(problem, CohortMode.COVERAGE_FIRST));
            if (coverage.matched() < quality.matched() || coverage.totalScore() > quality.totalScore()) {
                System.out.println("  MISMATCH: coverage first must pair at least as many, quality first score at least as high");
                agreed = false;
            }
        }
        if (!agreed) {
            System.exit(1);
        }
    }

    private static PeerSolution time(String name, Supplier<PeerSolution> run) {
        long start = System.nanoTime();
        PeerSolution solution = run.get();
        System.out.printf(Locale.ROOT, "  %-16s %8.2f s  %,7d pairs  %,7d left out  total %.3f%n", name,
                (System.nanoTime() - start) / 1e9, solution.pairs().size(), solution.unmatched().size(),
                solution.totalScore());
        return solution;
    }

    /** Distinct random pairs, scores in thousandths. */
    private static PeerProblem generate(int participants, int pairs, double skew, long seed) {
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
