package org.mentorat.solver.cohort;

import java.util.Arrays;

/**
 * A cohort to assign: mentees {@code 0..m-1}, mentors {@code 0..n-1} with their capacities, and the
 * pairs the hard rules allow, each with a score in [0, 1]. A pair the rules exclude has no edge.
 *
 * <p>Edges are stored by mentee in primitive arrays (compressed sparse rows) because the solver
 * walks them millions of times; scores are kept as integer millionths so that sums are exact and
 * two solvers can be compared to the last unit.
 */
public final class CohortProblem {

    /** Scores are exact to a millionth. */
    public static final int SCALE = 1_000_000;

    private final int menteeCount;
    private final int[] capacities;
    private final int[] firstEdge;
    private final int[] edgeMentor;
    private final int[] edgeScore;

    private CohortProblem(int menteeCount, int[] capacities, int[] firstEdge, int[] edgeMentor, int[] edgeScore) {
        this.menteeCount = menteeCount;
        this.capacities = capacities;
        this.firstEdge = firstEdge;
        this.edgeMentor = edgeMentor;
        this.edgeScore = edgeScore;
    }

    public static Builder builder(int menteeCount, int[] capacities) {
        return new Builder(menteeCount, capacities);
    }

    public int menteeCount() {
        return menteeCount;
    }

    public int mentorCount() {
        return capacities.length;
    }

    public int capacity(int mentor) {
        return capacities[mentor];
    }

    public int edgeCount() {
        return edgeMentor.length;
    }

    /**
     * Edges of a mentee are {@code firstEdge(mentee) .. firstEdge(mentee + 1) - 1}, best score first
     * (then lowest mentor), which lets a search stop reading a mentee's edges once the rest cannot help.
     */
    public int firstEdge(int mentee) {
        return firstEdge[mentee];
    }

    public int edgeCount(int mentee) {
        return firstEdge[mentee + 1] - firstEdge[mentee];
    }

    public int edgeMentor(int edge) {
        return edgeMentor[edge];
    }

    public int edgeScaledScore(int edge) {
        return edgeScore[edge];
    }

    public double edgeScore(int edge) {
        return (double) edgeScore[edge] / SCALE;
    }

    /** Collects edges in any order, then lays them out by mentee in one counting pass. */
    public static final class Builder {

        private final int menteeCount;
        private final int[] capacities;
        private int size;
        private int[] mentees = new int[16];
        private int[] mentors = new int[16];
        private int[] scores = new int[16];

        private Builder(int menteeCount, int[] capacities) {
            if (menteeCount < 0) {
                throw new IllegalArgumentException("mentee count must not be negative: " + menteeCount);
            }
            for (int capacity : capacities) {
                if (capacity < 0) {
                    throw new IllegalArgumentException("capacity must not be negative: " + capacity);
                }
            }
            this.menteeCount = menteeCount;
            this.capacities = capacities.clone();
        }

        /** Makes room for this many edges at once, when the caller knows how many will come (a file counted first). */
        public Builder expectEdges(int edges) {
            if (edges > mentees.length) {
                mentees = Arrays.copyOf(mentees, edges);
                mentors = Arrays.copyOf(mentors, edges);
                scores = Arrays.copyOf(scores, edges);
            }
            return this;
        }

        public Builder edge(int mentee, int mentor, double score) {
            if (mentee < 0 || mentee >= menteeCount || mentor < 0 || mentor >= capacities.length) {
                throw new IllegalArgumentException("no such pair: mentee " + mentee + ", mentor " + mentor);
            }
            if (!(score >= 0 && score <= 1)) {
                throw new IllegalArgumentException("score must be in [0, 1]: " + score);
            }
            if (size == mentees.length) {
                expectEdges(size * 2);
            }
            mentees[size] = mentee;
            mentors[size] = mentor;
            scores[size] = (int) Math.round(score * SCALE);
            size++;
            return this;
        }

        public CohortProblem build() {
            int[] first = new int[menteeCount + 1];
            for (int e = 0; e < size; e++) {
                first[mentees[e] + 1]++;
            }
            for (int i = 0; i < menteeCount; i++) {
                first[i + 1] += first[i];
            }
            int[] next = Arrays.copyOf(first, menteeCount);
            int[] edgeMentor = new int[size];
            int[] edgeScore = new int[size];
            for (int e = 0; e < size; e++) {
                int slot = next[mentees[e]]++;
                edgeMentor[slot] = mentors[e];
                edgeScore[slot] = scores[e];
            }
            sortByScore(first, edgeMentor, edgeScore);
            rejectDuplicates(first, edgeMentor);
            return new CohortProblem(menteeCount, capacities.clone(), first, edgeMentor, edgeScore);
        }

        private void sortByScore(int[] first, int[] edgeMentor, int[] edgeScore) {
            long[] keys = new long[0];
            for (int mentee = 0; mentee < menteeCount; mentee++) {
                int from = first[mentee];
                int count = first[mentee + 1] - from;
                if (keys.length < count) {
                    keys = new long[count];
                }
                for (int i = 0; i < count; i++) {
                    keys[i] = ((long) (SCALE - edgeScore[from + i]) << 32) | edgeMentor[from + i];
                }
                Arrays.sort(keys, 0, count);
                for (int i = 0; i < count; i++) {
                    edgeScore[from + i] = SCALE - (int) (keys[i] >>> 32);
                    edgeMentor[from + i] = (int) keys[i];
                }
            }
        }

        /** A pair given twice would be ambiguous (which score?), so it is refused rather than guessed. */
        private void rejectDuplicates(int[] first, int[] edgeMentor) {
            int[] seenBy = new int[capacities.length];
            Arrays.fill(seenBy, -1);
            for (int mentee = 0; mentee < menteeCount; mentee++) {
                for (int e = first[mentee]; e < first[mentee + 1]; e++) {
                    if (seenBy[edgeMentor[e]] == mentee) {
                        throw new IllegalArgumentException(
                                "pair given twice: mentee " + mentee + ", mentor " + edgeMentor[e]);
                    }
                    seenBy[edgeMentor[e]] = mentee;
                }
            }
        }
    }
}
