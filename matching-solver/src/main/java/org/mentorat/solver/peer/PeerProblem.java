package org.mentorat.solver.peer;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.mentorat.solver.cohort.CohortProblem;

/**
 * A peer cohort to pair: participants {@code 0..n-1} and the undirected pairs the hard rules allow,
 * each with a score in [0, 1]. Unlike a {@link CohortProblem} there is no mentor side: anyone may be
 * paired with anyone the rules allow, so the graph is general rather than bipartite.
 *
 * <p>Scores are kept as integer millionths ({@link CohortProblem#SCALE}) so that totals are exact.
 * An edge is stored with its smaller participant first.
 */
public final class PeerProblem {

    private final int participantCount;
    private final int[] edgeFirst;
    private final int[] edgeSecond;
    private final int[] edgeScore;
    private final int[] degree;

    private PeerProblem(int participantCount, int[] edgeFirst, int[] edgeSecond, int[] edgeScore) {
        this.participantCount = participantCount;
        this.edgeFirst = edgeFirst;
        this.edgeSecond = edgeSecond;
        this.edgeScore = edgeScore;
        this.degree = new int[participantCount];
        for (int e = 0; e < edgeFirst.length; e++) {
            degree[edgeFirst[e]]++;
            degree[edgeSecond[e]]++;
        }
    }

    public static Builder builder(int participantCount) {
        return new Builder(participantCount);
    }

    public int participantCount() {
        return participantCount;
    }

    public int edgeCount() {
        return edgeFirst.length;
    }

    /** The smaller participant of the edge. */
    public int edgeFirst(int edge) {
        return edgeFirst[edge];
    }

    /** The larger participant of the edge. */
    public int edgeSecond(int edge) {
        return edgeSecond[edge];
    }

    public int edgeScaledScore(int edge) {
        return edgeScore[edge];
    }

    public double edgeScore(int edge) {
        return (double) edgeScore[edge] / CohortProblem.SCALE;
    }

    /** How many peers the rules allow this participant. */
    public int degree(int participant) {
        return degree[participant];
    }

    /** Collects undirected edges in any orientation; refuses anything ambiguous rather than guessing. */
    public static final class Builder {

        private final int participantCount;
        private final Set<Long> seen = new HashSet<>();
        private int size;
        private int[] firsts = new int[16];
        private int[] seconds = new int[16];
        private int[] scores = new int[16];

        private Builder(int participantCount) {
            if (participantCount < 0) {
                throw new IllegalArgumentException("participant count must not be negative: " + participantCount);
            }
            this.participantCount = participantCount;
        }

        public Builder edge(int a, int b, double score) {
            if (a < 0 || a >= participantCount || b < 0 || b >= participantCount) {
                throw new IllegalArgumentException("no such pair: " + a + ", " + b);
            }
            if (a == b) {
                throw new IllegalArgumentException("a participant cannot be paired with themself: " + a);
            }
            if (!(score >= 0 && score <= 1)) {
                throw new IllegalArgumentException("score must be in [0, 1]: " + score);
            }
            int first = Math.min(a, b);
            int second = Math.max(a, b);
            if (!seen.add((long) first * participantCount + second)) {
                throw new IllegalArgumentException("pair given twice: " + first + ", " + second);
            }
            if (size == firsts.length) {
                firsts = Arrays.copyOf(firsts, size * 2);
                seconds = Arrays.copyOf(seconds, size * 2);
                scores = Arrays.copyOf(scores, size * 2);
            }
            firsts[size] = first;
            seconds[size] = second;
            scores[size] = (int) Math.round(score * CohortProblem.SCALE);
            size++;
            return this;
        }

        public PeerProblem build() {
            return new PeerProblem(participantCount,
                    Arrays.copyOf(firsts, size), Arrays.copyOf(seconds, size), Arrays.copyOf(scores, size));
        }
    }
}
