package org.mentorat.benchmarks.cohort;

import com.sun.management.ThreadMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import org.mentorat.matching.cohort.CohortMode;
import org.mentorat.matching.cohort.CohortProblem;
import org.mentorat.matching.cohort.CohortSolution;
import org.mentorat.matching.cohort.CohortSolver;
import org.mentorat.matching.cohort.GreedyAssigner;

/**
 * The cohort solver on its own. With files, solves one graph and prints its total score, number
 * matched and time, so anyone can check optimality on their own instances:
 * {@code --edges edges.csv --capacities capacities.csv [--mode quality-first|coverage-first]}.
 * With {@code --generate [--seed 42] [--write DIR]}, builds seeded cohorts of 1,000 × 200 and
 * 10,000 × 2,000 and prints greedy, quality first and coverage first side by side.
 *
 * <p>Times are the first run (a cold JVM, JIT included) and the median of {@link #RUNS} runs after
 * it; "alloc MB" is what the measuring thread allocated in one run (reading input not included).
 */
public final class CohortBenchmark {

    private static final int RUNS = 3;
    private static final int[][] SIZES = {{1_000, 200}, {10_000, 2_000}};

    private CohortBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (Arrays.asList(args).contains("--generate")) {
            generated(Long.parseLong(option(args, "--seed", "42")), option(args, "--write", null));
        } else {
            String edges = option(args, "--edges", null);
            String capacities = option(args, "--capacities", null);
            if (edges == null || capacities == null) {
                System.err.println("usage: CohortBenchmark --edges FILE --capacities FILE"
                        + " [--mode quality-first|coverage-first]  |  --generate [--seed N] [--write DIR]");
                System.exit(2);
            }
            fromFiles(Path.of(edges), Path.of(capacities), mode(option(args, "--mode", "quality-first")));
        }
    }

    private static void fromFiles(Path edges, Path capacities, CohortMode mode) throws IOException {
        CohortProblem problem = CohortGraphFiles.read(edges, capacities).problem();
        System.out.printf(Locale.ROOT, "%,d mentees, %,d mentors, %,d edges%n",
                problem.menteeCount(), problem.mentorCount(), problem.edgeCount());
        printHeader();
        print(mode.name().toLowerCase(Locale.ROOT).replace('_', '-'), () -> CohortSolver.solve(problem, mode));
    }

    private static void generated(long seed, String writeTo) throws IOException {
        for (int[] size : SIZES) {
            CohortProblem problem = GeneratedCohort.generate(size[0], size[1], seed);
            long seats = 0;
            for (int mentor = 0; mentor < problem.mentorCount(); mentor++) {
                seats += problem.capacity(mentor);
            }
            System.out.printf(Locale.ROOT, "%n%,d mentees × %,d mentors, %,d seats, %,d edges, seed %d%n",
                    problem.menteeCount(), problem.mentorCount(), seats, problem.edgeCount(), seed);
            if (writeTo != null) {
                Path dir = Files.createDirectories(Path.of(writeTo));
                String name = size[0] + "x" + size[1];
                GeneratedCohort.write(problem, dir.resolve(name + "-edges.csv"), dir.resolve(name + "-capacities.csv"));
            }
            printHeader();
            print("greedy", () -> GreedyAssigner.assign(problem));
            print("quality-first", () -> CohortSolver.solve(problem, CohortMode.QUALITY_FIRST));
            print("coverage-first", () -> CohortSolver.solve(problem, CohortMode.COVERAGE_FIRST));
        }
    }

    private static void printHeader() {
        System.out.printf(Locale.ROOT, "%-15s %10s %10s %14s %9s %10s%n", "solver", "first ms", "median ms", "total score",
                "matched", "alloc MB");
    }

    private static void print(String name, Supplier<CohortSolution> solver) {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long coldStart = System.nanoTime();
        solver.get();
        long cold = System.nanoTime() - coldStart;
        long[] nanos = new long[RUNS];
        long allocated = 0;
        CohortSolution solution = null;
        for (int run = 0; run < RUNS; run++) {
            long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            solution = solver.get();
            nanos[run] = System.nanoTime() - start;
            allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%-15s %10.1f %10.1f %14.6f %,9d %10.1f%n", name, cold / 1e6, nanos[RUNS / 2] / 1e6,
                solution.totalScore(), solution.matched(), allocated / 1e6);
    }

    private static CohortMode mode(String text) {
        return switch (text) {
            case "quality-first" -> CohortMode.QUALITY_FIRST;
            case "coverage-first" -> CohortMode.COVERAGE_FIRST;
            default -> throw new IllegalArgumentException("mode is quality-first or coverage-first: " + text);
        };
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
