package org.mentorat.matching.pool;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.mentorat.matching.readmodel.Mentee;
import org.mentorat.matching.readmodel.Mentor;
import org.mentorat.matching.readmodel.Program;
import org.mentorat.matching.scoring.PairScorer;
import org.mentorat.matching.scoring.ranking.MentorRanking;
import org.mentorat.matching.scoring.vocabulary.PairAssessment;
import org.mentorat.matching.scoring.vocabulary.PairHistory;
import org.mentorat.matching.scoring.vocabulary.PairInput;
import org.mentorat.matching.scoring.vocabulary.ReportingLines;
import org.mentorat.matching.scoring.vocabulary.ScoredPair;

/**
 * Everything needed to judge mentees of one program against its mentors, loaded once: the program,
 * the mentors with their seats left (in a peer program, the other waiting participants), the
 * reporting lines around all of them and the pair history of the mentees concerned.
 */
public final class CandidatePool {

    private final Program program;
    private final List<Mentor> mentors;
    private final ReportingLines lines;
    private final PairHistory history;

    public CandidatePool(Program program, List<Mentor> mentors, ReportingLines lines, PairHistory history) {
        this.program = program;
        this.mentors = List.copyOf(mentors);
        this.lines = lines;
        this.history = history;
    }

    public Program program() {
        return program;
    }

    public List<Mentor> mentors() {
        return mentors;
    }

    public Optional<Mentor> mentorOfPerson(String personId) {
        return mentors.stream().filter(mentor -> mentor.personId().equals(personId)).findFirst();
    }

    /** The hard rules, then the explained score; the same judgement everywhere a pair is shown or made. */
    public PairAssessment assess(Mentee mentee, Mentor mentor) {
        return PairScorer.assess(input(mentee, mentor));
    }

    /** What the pair would score if no rule excluded it, for "why not this mentor?". */
    public ScoredPair scoreIgnoringRules(Mentee mentee, Mentor mentor) {
        return PairScorer.score(input(mentee, mentor));
    }

    /** The best {@code k} mentors the rules allow for the mentee, best first; ties keep enrolment order. */
    public List<Ranked> top(Mentee mentee, int k) {
        List<Ranked> allowed = new ArrayList<>();
        for (Mentor mentor : mentors) {
            if (assess(mentee, mentor) instanceof ScoredPair scored) {
                allowed.add(new Ranked(mentor, scored));
            }
        }
        return allowed.stream().sorted(Comparator.comparingDouble((Ranked r) -> r.scored().score()).reversed())
                .limit(k).toList();
    }

    /** These mentors prepared for fast scoring against many mentees (a cohort run). */
    public MentorRanking ranking(List<Mentor> chosen) {
        return MentorRanking.of(program.rules(), chosen.stream().map(Mentor::profile).toList(),
                chosen.stream().mapToInt(Mentor::seatsLeft).toArray(), lines);
    }

    public PairHistory history() {
        return history;
    }

    private PairInput input(Mentee mentee, Mentor mentor) {
        return new PairInput(mentor.profile(), mentee.profile(), program.rules(), lines, history, mentor.seatsLeft());
    }

    /** A mentor with the explained score of their pair with the mentee. */
    public record Ranked(Mentor mentor, ScoredPair scored) {
    }
}
