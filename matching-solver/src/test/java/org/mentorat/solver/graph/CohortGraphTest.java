package org.mentorat.solver.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorat.solver.cohort.CohortMode;
import org.mentorat.solver.cohort.CohortProblem;
import org.mentorat.solver.cohort.CohortSolution;
import org.mentorat.solver.cohort.CohortSolver;

class CohortGraphTest {

    private static final String CAPACITIES = "mentor,capacity\nm1,1\nm2,2\n";

    @TempDir
    Path dir;

    @Test
    void readsIdsInOrderOfAppearanceAndScoresToTheMillionth() throws IOException {
        CohortGraph graph = read("mentee,mentor,score\nbob,m2,0.5\nann,m1,1\nbob,m1,0.1234567\n", CAPACITIES);

        CohortProblem problem = graph.problem();
        assertThat(problem.menteeCount()).isEqualTo(2);
        assertThat(problem.mentorCount()).isEqualTo(2);
        assertThat(problem.capacity(1)).isEqualTo(2);
        assertThat(List.of(graph.menteeId(0), graph.menteeId(1), graph.mentorId(0), graph.mentorId(1)))
                .containsExactly("bob", "ann", "m1", "m2");
        assertThat(edges(problem)).containsExactly("0-1:500000", "0-0:123457", "1-0:1000000");
    }

    @Test
    void acceptsCrlfBlankLinesSpacesNoHeaderAndNoFinalNewline() throws IOException {
        CohortGraph graph = read("\r\n  bob , m2 , 0.5\r\n\r\n \t \r\nann,m1,.25\r\nann,m2,1e-1", "m1,1\r\n\r\nm2 , 2 \r\n");

        assertThat(List.of(graph.menteeId(0), graph.menteeId(1))).containsExactly("bob", "ann");
        assertThat(edges(graph.problem())).containsExactly("0-1:500000", "1-0:250000", "1-1:100000");
    }

    @Test
    void readsTheSameAcrossBufferBoundariesAndLinesLongerThanTheBuffer() throws IOException {
        String id = "mentee-with-a-long-name-" + "é".repeat(40);
        Path file = write("edges.csv", "mentee,mentor,score\n" + id + ",m1,0.25\nb,m2,0.75\n");
        List<String> records = new ArrayList<>();
        try (CsvLines lines = new CsvLines(file, 3, "score", 7)) {
            while (lines.next()) {
                records.add(lines.text(0) + "|" + lines.text(1) + "|" + lines.millionths(2));
            }
        }

        assertThat(records).containsExactly(id + "|m1|250000", "b|m2|750000");
    }

    @Test
    void aLineWithTheWrongNumberOfFieldsIsNamedByItsNumber() {
        assertThatThrownBy(() -> read("mentee,mentor,score\n\na,m1,0.5\nb,m1\n", CAPACITIES))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("edges.csv line 4: expected 3 comma-separated fields, got: b,m1");
        assertThatThrownBy(() -> read("a,m1,0.5,x\n", CAPACITIES))
                .hasMessageEndingWith("edges.csv line 1: expected 3 comma-separated fields, got: a,m1,0.5,x");
    }

    @Test
    void badScoresAreNamedByTheirLine() {
        assertThatThrownBy(() -> read("a,m1,0.5\r\na,m2,high\n", CAPACITIES))
                .hasMessageEndingWith("edges.csv line 2: score is not a number: high");
        assertThatThrownBy(() -> read("a,m1,1.000001\n", CAPACITIES))
                .hasMessageEndingWith("edges.csv line 1: score must be in [0, 1]: 1.000001");
        assertThatThrownBy(() -> read("a,m1,-0.5\n", CAPACITIES))
                .hasMessageEndingWith("edges.csv line 1: score must be in [0, 1]: -0.5");
        assertThatThrownBy(() -> read("a,m1,\n", CAPACITIES))
                .hasMessageEndingWith("edges.csv line 1: score is not a number: ");
    }

    @Test
    void badCapacitiesAndUnknownOrRepeatedMentorsAreNamedByTheirLine() {
        assertThatThrownBy(() -> read("a,m1,0.5\n", "mentor,capacity\nm1,two\n"))
                .hasMessageEndingWith("capacities.csv line 2: capacity is not a whole number: two");
        assertThatThrownBy(() -> read("a,m1,0.5\n", "m1,-1\n"))
                .hasMessageEndingWith("capacities.csv line 1: capacity must not be negative: -1");
        assertThatThrownBy(() -> read("a,m1,0.5\n", "m1,1\nm1,2\n"))
                .hasMessageEndingWith("capacities.csv line 2: mentor listed twice: m1");
        assertThatThrownBy(() -> read("a,m1,0.5\n\na,m3,0.5\n", CAPACITIES))
                .hasMessageContaining("edges.csv line 3: mentor without a capacity in ")
                .hasMessageEndingWith("capacities.csv: m3");
        assertThatThrownBy(() -> read("a,m1,0.5\na,m1,0.6\n", CAPACITIES))
                .hasMessageContaining("pair given twice");
    }

    @Test
    void theWrittenAssignmentIsTheSolutionsPairsByTheirIds() throws IOException {
        CohortGraph graph = read("mentee,mentor,score\nx,m1,0.9\nx,m2,0.8\ny,m1,0.85\nz,m1,0.1\n", CAPACITIES.replace("m2,2", "m2,1"));
        CohortSolution solution = CohortSolver.solve(graph.problem(), CohortMode.QUALITY_FIRST);
        Path assignment = dir.resolve("assignment.csv");

        graph.writeAssignment(solution, assignment);

        List<String> expected = new ArrayList<>(List.of("mentee,mentor"));
        solution.assignments().forEach(pair -> expected.add(graph.menteeId(pair.mentee()) + "," + graph.mentorId(pair.mentor())));
        assertThat(Files.readAllLines(assignment)).containsExactlyElementsOf(expected).containsExactly("mentee,mentor", "x,m2", "y,m1");
        assertThat(solution.totalScore()).isEqualTo(1.65);
    }

    private CohortGraph read(String edges, String capacities) throws IOException {
        return CohortGraph.read(write("edges.csv", edges), write("capacities.csv", capacities));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    /** Each edge as {@code mentee-mentor:millionths}, in the problem's order. */
    private static List<String> edges(CohortProblem problem) {
        List<String> edges = new ArrayList<>();
        for (int mentee = 0; mentee < problem.menteeCount(); mentee++) {
            for (int e = problem.firstEdge(mentee); e < problem.firstEdge(mentee + 1); e++) {
                edges.add(mentee + "-" + problem.edgeMentor(e) + ":" + problem.edgeScaledScore(e));
            }
        }
        return edges;
    }
}
