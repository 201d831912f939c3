package org.mentorat.benchmarks.cohort;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mentorat.solver.cohort.CohortProblem;

/**
 * Reads a weighted bipartite graph: an edge list {@code mentee,mentor,score} and a capacity list
 * {@code mentor,capacity}, comma-separated, ids any text without commas, an optional header line.
 * Ids are numbered in order of first appearance; mentees are those that appear in the edge list.
 */
record CohortGraphFiles(CohortProblem problem, List<String> menteeIds, List<String> mentorIds) {

    static CohortGraphFiles read(Path edges, Path capacities) throws IOException {
        Map<String, Integer> mentorIndex = new HashMap<>();
        List<String> mentorIds = new ArrayList<>();
        List<Integer> capacityList = new ArrayList<>();
        for (String[] row : rows(capacities, "capacity", 2)) {
            if (mentorIndex.putIfAbsent(row[0], mentorIds.size()) != null) {
                throw new IllegalArgumentException("mentor listed twice in " + capacities + ": " + row[0]);
            }
            mentorIds.add(row[0]);
            capacityList.add(Integer.parseInt(row[1]));
        }
        Map<String, Integer> menteeIndex = new HashMap<>();
        List<String> menteeIds = new ArrayList<>();
        List<String[]> edgeRows = rows(edges, "score", 3);
        for (String[] row : edgeRows) {
            if (menteeIndex.putIfAbsent(row[0], menteeIds.size()) == null) {
                menteeIds.add(row[0]);
            }
        }
        CohortProblem.Builder builder = CohortProblem.builder(menteeIds.size(),
                capacityList.stream().mapToInt(Integer::intValue).toArray());
        for (String[] row : edgeRows) {
            Integer mentor = mentorIndex.get(row[1]);
            if (mentor == null) {
                throw new IllegalArgumentException("mentor without a capacity in " + capacities + ": " + row[1]);
            }
            builder.edge(menteeIndex.get(row[0]), mentor, Double.parseDouble(row[2]));
        }
        return new CohortGraphFiles(builder.build(), List.copyOf(menteeIds), List.copyOf(mentorIds));
    }

    /** {@code fieldCount} trimmed fields per non-blank line; a first line whose last field is the header word is skipped. */
    private static List<String[]> rows(Path file, String headerWord, int fieldCount) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file)) {
            String line;
            boolean first = true;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = line.split(",", -1);
                if (fields.length != fieldCount) {
                    throw new IllegalArgumentException(file + " line " + number + ": expected " + fieldCount
                            + " comma-separated fields, got: " + line);
                }
                for (int i = 0; i < fields.length; i++) {
                    fields[i] = fields[i].trim();
                }
                boolean header = first && fields[fields.length - 1].equalsIgnoreCase(headerWord);
                first = false;
                if (!header) {
                    rows.add(fields);
                }
            }
        }
        return rows;
    }
}
