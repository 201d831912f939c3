package org.mentorat.benchmarks.cohort;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.mentorat.solver.cohort.CohortMode;
import org.mentorat.solver.cohort.CohortProblem;
import org.mentorat.solver.cohort.CohortSolution;
import org.mentorat.solver.cohort.CohortSolver;
import org.mentorat.solver.cohort.GreedyAssigner;
import org.mentorat.solver.graph.CohortGraph;

/**
 * The cohort solver on its own. With files, solves one graph and prints its total score, number
 * matched and time, so anyone can check optimality on their own instances:
 * {@code --edges edges.csv --capacities capacities.csv [--mode quality-first|coverage-first] [--reference]
 * [--assignment out.csv]}, the last writing the solution as {@code mentee,mentor} lines.
 * With {@code --generate [--seed 42] [--sizes 1000x200,...] [--runs 3] [--write DIR]}, builds seeded
 * cohorts ({@link GeneratedCohort}) and prints greedy, both modes of our solver and OR-Tools' min-cost
 * flow in both modes, checking that our totals equal OR-Tools' exactly ("MISMATCH" and exit code 1 if not).
 */
public final class CohortBenchmark {

    private static final String SIZES = "1000x200,10000x2000,50000x10000";

    private CohortBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Measurement measurement = new Measurement(Integer.parseInt(option(args, "--runs", "3")));
        boolean agreed;
        if (Arrays.asList(args).contains("--generate")) {
            agreed = generated(measurement, Long.parseLong(option(args, "--seed", "42")),
                    option(args, "--sizes", SIZES), option(args, "--write", null));
        } else {
            String edges = option(args, "--edges", null);
            String capacities = option(args, "--capacities", null);
            if (edges == null || capacities == null) {
                System.err.println("usage: CohortBenchmark --edges FILE --capacities FILE"
                        + " [--mode quality-first|coverage-first] [--reference] [--runs N] [--assignment FILE]"
                        + "  |  --generate [--seed N] [--sizes MxN,...] [--runs N] [--write DIR]");
                System.exit(2);
                return;
            }
            agreed = fromFiles(measurement, GraphLoad.read(Path.of(edges), Path.of(capacities)),
                    mode(option(args, "--mode", "quality-first")), Arrays.asList(args).contains("--reference"),
                    option(args, "--assignment", null));
        }
        if (!agreed) {
            System.exit(1);
        }
    }

    /** Solves a graph read from files; writes the last run's pairs as {@code mentee,mentor} lines if asked. */
    private static boolean fromFiles(Measurement measurement, CohortGraph graph, CohortMode mode, boolean reference,
            String assignment) throws IOException {
        Measurement.printHeader();
        CohortSolution[] last = new CohortSolution[1];
        Outcome ours = measurement.measure("ours, " + name(mode),
                () -> Outcome.of(last[0] = CohortSolver.solve(graph.problem(), mode)));
        boolean agreed = !reference || agrees(measurement, graph.problem(), mode, ours);
        if (assignment != null) {
            graph.writeAssignment(last[0], Path.of(assignment));
            System.out.printf(Locale.ROOT, "assignment: %,d mentee,mentor lines in %s%n", last[0].matched(), assignment);
        }
        return agreed;
    }

    private static boolean generated(Measurement measurement, long seed, String sizes, String writeTo) throws IOException {
        boolean agreed = true;
        for (String size : sizes.split(",")) {
            String[] counts = size.trim().split("x");
            long start = System.nanoTime();
            CohortProblem problem = GeneratedCohort.generate(Integer.parseInt(counts[0]), Integer.parseInt(counts[1]), seed);
            describe(problem, seed, System.nanoTime() - start);
            if (writeTo != null) {
                Path dir = Files.createDirectories(Path.of(writeTo));
                GeneratedCohort.write(problem, dir.resolve(size.trim() + "-edges.csv"),
                        dir.resolve(size.trim() + "-capacities.csv"));
            }
            Measurement.printHeader();
            measurement.measure("greedy", () -> Outcome.of(GreedyAssigner.assign(problem)));
            agreed &= compare(measurement, problem, CohortMode.QUALITY_FIRST);
            agreed &= compare(measurement, problem, CohortMode.COVERAGE_FIRST);
        }
        return agreed;
    }

    private static boolean compare(Measurement measurement, CohortProblem problem, CohortMode mode) {
        Outcome ours = measurement.measure("ours, " + name(mode), () -> Outcome.of(CohortSolver.solve(problem, mode)));
        return agrees(measurement, problem, mode, ours);
    }

    /** OR-Tools on the same graph in the same mode; our totals must equal its to the millionth. */
    private static boolean agrees(Measurement measurement, CohortProblem problem, CohortMode mode, Outcome ours) {
        OrToolsReference.loadNativeLibraries();
        OrToolsReference reference = new OrToolsReference(problem, mode);
        Outcome optimum = measurement.measure("OR-Tools, " + name(mode), reference::solve, reference::solveNanos);
        if (!ours.equals(optimum)) {
            System.out.printf(Locale.ROOT, "MISMATCH %s: ours %d millionths, %d matched; OR-Tools %d millionths, %d matched%n",
                    name(mode), ours.scaledTotal(), ours.matched(), optimum.scaledTotal(), optimum.matched());
            return false;
        }
        return true;
    }

    private static void describe(CohortProblem problem, long seed, long generationNanos) {
        long seats = 0;
        for (int mentor = 0; mentor < problem.mentorCount(); mentor++) {
            seats += problem.capacity(mentor);
        }
        int[] degrees = new int[problem.menteeCount()];
        for (int mentee = 0; mentee < degrees.length; mentee++) {
            degrees[mentee] = problem.edgeCount(mentee);
        }
        Arrays.sort(degrees);
        long without = Arrays.stream(degrees).filter(degree -> degree == 0).count();
        System.out.printf(Locale.ROOT, "%n%,d mentees × %,d mentors, %,d seats, %,d edges, seed %d (generated in %.1f s)%n"
                        + "allowed mentors per mentee: p10 %d, median %d, p90 %d, max %d; %,d mentees with none%n",
                problem.menteeCount(), problem.mentorCount(), seats, problem.edgeCount(), seed, generationNanos / 1e9,
                degrees[degrees.length / 10], degrees[degrees.length / 2], degrees[degrees.length * 9 / 10],
                degrees[degrees.length - 1], without);
    }

    private static String name(CohortMode mode) {
        return mode.name().toLowerCase(Locale.ROOT).replace('_', '-');
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
