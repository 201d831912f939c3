package org.mentorat.solver.graph;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.mentorat.solver.cohort.Assignment;
import org.mentorat.solver.cohort.CohortProblem;
import org.mentorat.solver.cohort.CohortSolution;

/**
 * A cohort read from the two graph files (the format is in this module's README): the problem to
 * solve and the text ids behind its numbers. Mentors are numbered in the order of the capacity
 * list, mentees in order of first appearance in the edge list.
 *
 * <p>Reading streams both files as bytes into primitive arrays, so that 13.6 M edges load in a
 * few seconds within a 1 GB heap: one pass over the edge list numbers the mentees and counts the
 * edges (the problem needs the mentees' count up front), a second adds the edges to arrays of that size.
 */
public final class CohortGraph {

    private static final byte[] ASSIGNMENT_HEADER = "mentee,mentor\n".getBytes(StandardCharsets.US_ASCII);

    private final CohortProblem problem;
    private final Ids mentees;
    private final Ids mentors;

    private CohortGraph(CohortProblem problem, Ids mentees, Ids mentors) {
        this.problem = problem;
        this.mentees = mentees;
        this.mentors = mentors;
    }

    /** Reads the edge list {@code mentee,mentor,score} and the capacity list {@code mentor,capacity}. */
    public static CohortGraph read(Path edges, Path capacities) throws IOException {
        Ids mentors = new Ids();
        int[] capacity = capacities(capacities, mentors);
        Ids mentees = new Ids();
        int edgeCount = countEdges(edges, mentees);
        CohortProblem.Builder builder = CohortProblem.builder(mentees.size(), capacity).expectEdges(edgeCount);
        try (CsvLines lines = new CsvLines(edges, 3, "score")) {
            while (lines.next()) {
                int mentee = mentees.find(lines.bytes(), lines.from(0), lines.to(0));
                int mentor = mentors.find(lines.bytes(), lines.from(1), lines.to(1));
                if (mentor < 0) {
                    throw lines.error("mentor without a capacity in " + capacities + ": " + lines.text(1));
                }
                if (mentee < 0) {
                    throw lines.error("mentee not seen when the file was first read (did it change?): " + lines.text(0));
                }
                builder.edge(mentee, mentor, (double) lines.millionths(2) / CohortProblem.SCALE);
            }
        }
        return new CohortGraph(builder.build(), mentees, mentors);
    }

    public CohortProblem problem() {
        return problem;
    }

    public String menteeId(int mentee) {
        return mentees.id(mentee);
    }

    public String mentorId(int mentor) {
        return mentors.id(mentor);
    }

    /**
     * Writes the solution's pairs as {@code mentee,mentor} lines under that header, by their ids,
     * mentees in the order of the edge list; unmatched mentees have no line.
     */
    public void writeAssignment(CohortSolution solution, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(ASSIGNMENT_HEADER);
            for (Assignment assignment : solution.assignments()) {
                mentees.write(assignment.mentee(), out);
                out.write(',');
                mentors.write(assignment.mentor(), out);
                out.write('\n');
            }
        }
    }

    private static int[] capacities(Path file, Ids mentors) throws IOException {
        int[] capacity = new int[1024];
        try (CsvLines lines = new CsvLines(file, 2, "capacity")) {
            while (lines.next()) {
                if (mentors.find(lines.bytes(), lines.from(0), lines.to(0)) >= 0) {
                    throw lines.error("mentor listed twice: " + lines.text(0));
                }
                int mentor = mentors.add(lines.bytes(), lines.from(0), lines.to(0));
                if (mentor == capacity.length) {
                    capacity = Arrays.copyOf(capacity, capacity.length * 2);
                }
                capacity[mentor] = lines.count(1, "capacity");
            }
        }
        return Arrays.copyOf(capacity, mentors.size());
    }

    /** The counting pass: numbers the mentees and counts the edges, so that the edges then go into arrays of the right size. */
    private static int countEdges(Path edges, Ids mentees) throws IOException {
        int count = 0;
        try (CsvLines lines = new CsvLines(edges, 3, "score")) {
            while (lines.next()) {
                if (mentees.find(lines.bytes(), lines.from(0), lines.to(0)) < 0) {
                    mentees.add(lines.bytes(), lines.from(0), lines.to(0));
                }
                count++;
            }
        }
        return count;
    }
}
