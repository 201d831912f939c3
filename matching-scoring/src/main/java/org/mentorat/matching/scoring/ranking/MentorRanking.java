package org.mentorat.matching.scoring.ranking;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import org.mentorat.matching.scoring.PairScorer;
import org.mentorat.matching.scoring.vocabulary.Candidate;
import org.mentorat.matching.scoring.vocabulary.PairAssessment;
import org.mentorat.matching.scoring.vocabulary.PairHistory;
import org.mentorat.matching.scoring.vocabulary.PairInput;
import org.mentorat.matching.scoring.vocabulary.ProgramRules;
import org.mentorat.matching.scoring.vocabulary.ReportingLines;
import org.mentorat.matching.scoring.vocabulary.ScoredPair;

/**
 * A program's mentors prepared once so that a mentee's best few among tens of thousands are found
 * in milliseconds, with the same scores and exclusions as {@link PairScorer#assess} on every pair.
 *
 * <p>Preparing reads each mentor once (keys numbered, weekly times converted to UTC, manager chains
 * walked, mentors without a seat left out). Ranking reads the mentee once, then scores each mentor
 * without allocating, keeps the best {@code k} in a bounded heap, and explains only those through
 * {@link PairScorer}. Immutable once prepared, so one instance serves concurrent requests.
 */
public final class MentorRanking {

    private final ProgramRules program;
    private final List<Candidate> mentors;
    private final int[] seatsLeft;
    private final ReportingLines lines;
    private final Vocabularies vocabularies;
    private final PreparedMentor[] open;
    private final RankingScore scoring;
    private final PairwiseExclusions exclusions;

    private MentorRanking(ProgramRules program, List<Candidate> mentors, int[] seatsLeft, ReportingLines lines) {
        this.program = program;
        this.mentors = mentors;
        this.seatsLeft = seatsLeft;
        this.lines = lines;
        this.vocabularies = Vocabularies.of(mentors);
        List<PreparedMentor> withSeats = new ArrayList<>();
        for (int index = 0; index < mentors.size(); index++) {
            if (seatsLeft[index] > 0) { // CapacityRule
                withSeats.add(PreparedMentor.of(index, mentors.get(index), vocabularies));
            }
        }
        this.open = withSeats.toArray(PreparedMentor[]::new);
        this.scoring = new RankingScore(program);
        this.exclusions = new PairwiseExclusions(program, mentors, lines);
    }

    /** Prepares the program's mentors once (reusable across many mentees; immutable, thread-safe). */
    public static MentorRanking of(ProgramRules program, List<Candidate> mentors, int[] seatsLeft,
            ReportingLines lines) {
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(seatsLeft, "seatsLeft");
        List<Candidate> copy = List.copyOf(mentors);
        if (seatsLeft.length != copy.size()) {
            throw new IllegalArgumentException(
                    "seatsLeft has " + seatsLeft.length + " entries for " + copy.size() + " mentors");
        }
        return new MentorRanking(program, copy, seatsLeft.clone(), lines == null ? ReportingLines.none() : lines);
    }

    /**
     * The best k mentors the hard rules allow for this mentee, best first; ties broken by mentor
     * index (ascending). Each result carries the mentor's index in the list given to of(...) and
     * the full ScoredPair (explanation) exactly equal to PairScorer.assess for that pair.
     */
    public List<RankedMentor> top(Candidate mentee, PairHistory history, int k) {
        Objects.requireNonNull(mentee, "mentee");
        if (k < 0) {
            throw new IllegalArgumentException("k must not be negative: " + k);
        }
        PairHistory known = history == null ? PairHistory.empty() : history;
        if (k == 0 || open.length == 0) {
            return List.of();
        }
        PreparedMentee prepared = PreparedMentee.of(mentee, vocabularies).withMinutesCounted();
        BitSet excluded = exclusions.of(mentee, known);
        TopK best = new TopK(Math.min(k, open.length));
        for (PreparedMentor mentor : open) {
            if (!excluded.get(mentor.index()) && scoring.allowed(mentor.traits(), prepared.traits())) {
                best.offer(scoring.score(mentor, prepared), mentor.index());
            }
        }
        return explain(best.drainBestFirst(), mentee, known);
    }

    /**
     * Every mentor the hard rules allow for this mentee, with the pair's score (equal to
     * PairScorer's) but no explanation, in mentor order: what a cohort run needs for its edges.
     */
    public void forEachAllowed(Candidate mentee, PairHistory history, AllowedPair consumer) {
        Objects.requireNonNull(mentee, "mentee");
        PairHistory known = history == null ? PairHistory.empty() : history;
        PreparedMentee prepared = PreparedMentee.of(mentee, vocabularies).withMinutesCounted();
        BitSet excluded = exclusions.of(mentee, known);
        for (PreparedMentor mentor : open) {
            if (!excluded.get(mentor.index()) && scoring.allowed(mentor.traits(), prepared.traits())) {
                consumer.accept(mentor.index(), scoring.score(mentor, prepared));
            }
        }
    }

    /** Receives one allowed pair: the mentor's index in the list given to {@link #of} and the score. */
    @FunctionalInterface
    public interface AllowedPair {
        void accept(int mentorIndex, double score);
    }

    private List<RankedMentor> explain(int[] best, Candidate mentee, PairHistory history) {
        List<RankedMentor> ranked = new ArrayList<>(best.length);
        for (int index : best) {
            PairAssessment assessment = PairScorer.assess(
                    new PairInput(mentors.get(index), mentee, program, lines, history, seatsLeft[index]));
            if (!(assessment instanceof ScoredPair scored)) {
                throw new IllegalStateException("mentor " + index + " was ranked but the hard rules exclude it");
            }
            ranked.add(new RankedMentor(index, scored));
        }
        return List.copyOf(ranked);
    }
}
