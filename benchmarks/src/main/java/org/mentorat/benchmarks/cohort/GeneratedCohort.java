package org.mentorat.benchmarks.cohort;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.mentorat.matching.cohort.CohortProblem;

/**
 * A seeded cohort shaped like a real program: capacities 1–5, each mentee allowed 50–200 mentors
 * (the rest excluded by hard rules), and skewed scores — a few mentors are good fits for many
 * mentees, so greedy's first picks collide, which is where an exact assignment earns its keep.
 */
final class GeneratedCohort {

    private static final int MIN_ALLOWED = 50;
    private static final int MAX_ALLOWED = 200;

    private GeneratedCohort() {
    }

    static CohortProblem generate(int mentees, int mentors, long seed) {
        Random random = new Random(seed);
        int[] capacities = new int[mentors];
        double[] appeal = new double[mentors];
        for (int mentor = 0; mentor < mentors; mentor++) {
            capacities[mentor] = 1 + random.nextInt(5);
            appeal[mentor] = Math.pow(random.nextDouble(), 3);
        }
        CohortProblem.Builder builder = CohortProblem.builder(mentees, capacities);
        int[] pickedBy = new int[mentors];
        Arrays.fill(pickedBy, -1);
        for (int mentee = 0; mentee < mentees; mentee++) {
            int allowed = Math.min(mentors, MIN_ALLOWED + random.nextInt(MAX_ALLOWED - MIN_ALLOWED + 1));
            for (int taken = 0; taken < allowed; ) {
                int mentor = random.nextInt(mentors);
                if (pickedBy[mentor] != mentee) {
                    pickedBy[mentor] = mentee;
                    double fit = Math.pow(random.nextDouble(), 2);
                    builder.edge(mentee, mentor, Math.round((0.6 * appeal[mentor] + 0.4 * fit) * 1000) / 1000.0);
                    taken++;
                }
            }
        }
        return builder.build();
    }

    /** Writes the cohort in the documented file format, so other solvers can be run on the same graph. */
    static void write(CohortProblem problem, Path edges, Path capacities) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(edges)) {
            out.write("mentee,mentor,score\n");
            for (int mentee = 0; mentee < problem.menteeCount(); mentee++) {
                for (int e = problem.firstEdge(mentee); e < problem.firstEdge(mentee + 1); e++) {
                    out.write(String.format(Locale.ROOT, "e%d,m%d,%s%n", mentee, problem.edgeMentor(e),
                            problem.edgeScore(e)));
                }
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(capacities)) {
            out.write("mentor,capacity\n");
            for (int mentor = 0; mentor < problem.mentorCount(); mentor++) {
                out.write("m" + mentor + "," + problem.capacity(mentor) + "\n");
            }
        }
    }
}
