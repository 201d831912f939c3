package org.mentorat.matching.suggestion;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mentorat.matching.pool.CandidatePool;
import org.mentorat.matching.pool.CandidatePools;
import org.mentorat.matching.readmodel.Candidates;
import org.mentorat.matching.readmodel.Mentee;
import org.mentorat.matching.readmodel.Mentor;
import org.mentorat.matching.readmodel.PairHistories;
import org.mentorat.matching.readmodel.Program;
import org.mentorat.matching.readmodel.Programs;
import org.mentorat.matching.scoring.vocabulary.PairHistory;
import org.mentorat.platform.security.Caller;
import org.mentorat.platform.web.ResourceNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Top-K mentors for a mentee, explained. The first suggestion is the mentee's "top choice" only if
 * one of the mentor's free seats can be held for them, so a mentor with one seat left is never the
 * top choice of two mentees at once; without a hold the best mentors are still listed, unflagged.
 */
@Service
public class Suggestions {

    static final int MAX_LIMIT = 20;
    private static final int SHORTLIST_SPARE = 10;

    private final Programs programs;
    private final Candidates candidates;
    private final CandidatePools pools;
    private final TopChoiceHoldStore holds;
    private final RankingCache cache;
    private final PairHistories histories;
    private final Clock clock;
    private final Duration holdFor;

    Suggestions(Programs programs, Candidates candidates, CandidatePools pools, TopChoiceHoldStore holds,
            RankingCache cache, PairHistories histories, Clock clock,
            SuggestionSettings settings) {
        this.cache = cache;
        this.histories = histories;
        this.programs = programs;
        this.candidates = candidates;
        this.pools = pools;
        this.holds = holds;
        this.clock = clock;
        this.holdFor = settings.topChoiceHold();
    }

    SuggestionList suggest(Caller caller, String programId, String menteePersonId, Integer limit) {
        Program program = openProgram(caller, programId);
        Mentee mentee = mentee(caller, program, menteePersonId);
        int shown = Math.max(1, Math.min(MAX_LIMIT, limit == null ? program.suggestionsShown() : limit));
        List<CandidatePool.Ranked> ranked = rank(caller.tenantId(), program, mentee, shown * 2);
        CandidatePool.Ranked topChoice = mentee.waiting() ? holdTopChoice(caller.tenantId(), mentee, ranked) : null;
        List<CandidatePool.Ranked> ordered = new ArrayList<>();
        if (topChoice != null) {
            ordered.add(topChoice);
        }
        ranked.stream().filter(r -> r != topChoice).forEach(ordered::add);
        return new SuggestionList(program.programId(), mentee.personId(), mentee.status().name(),
                ordered.stream().limit(shown).toList(), topChoice == null ? null : topChoice.mentor().personId());
    }

    /**
     * The cached ranking draws up a shortlist fast; each shortlisted pair is then judged again on
     * fresh seats, rules and history, so nothing shown breaks a rule. Should too many drop out, the
     * whole program is judged afresh.
     */
    private List<CandidatePool.Ranked> rank(String tenantId, Program program, Mentee mentee, int k) {
        PairHistory history = histories.of(tenantId, List.of(mentee.personId()));
        int asked = k + SHORTLIST_SPARE;
        List<String> shortlist = cache.shortlist(tenantId, program, mentee, history, asked);
        List<Mentor> fresh = program.peer()
                ? candidates.menteesByEnrollment(tenantId, shortlist).stream().filter(Mentee::waiting)
                        .map(Mentee::asPeerMentor).sorted(java.util.Comparator.comparing(m -> shortlist.indexOf(m.enrollmentId())))
                        .toList()
                : candidates.activeMentorsByEnrollment(tenantId, shortlist);
        List<CandidatePool.Ranked> ranked = pools.withMentors(tenantId, program, Set.of(mentee), fresh).top(mentee, k);
        if (ranked.size() < k && shortlist.size() == asked) {
            return pools.forMentees(tenantId, program, Set.of(mentee)).top(mentee, k);
        }
        return ranked;
    }

    /** Lets the mentee's holds lapse once they asked for a mentor. */
    public void forgetHolds(String tenantId, String menteeEnrollmentId) {
        holds.releaseOthers(tenantId, menteeEnrollmentId, null);
    }

    public Program program(Caller caller, String programId) {
        return programs.find(caller.tenantId(), programId)
                .orElseThrow(() -> new ResourceNotFoundException("program", programId));
    }

    /** The program, to propose someone in it: a closed one is a 409 {@code program-closed}. */
    public Program openProgram(Caller caller, String programId) {
        return programs.open(caller.tenantId(), programId);
    }

    public Mentee mentee(Caller caller, Program program, String personId) {
        if (!caller.mayActFor(personId)) {
            throw new ResourceNotFoundException("mentee", personId);
        }
        return candidates.menteeByPerson(caller.tenantId(), program.programId(), personId)
                .orElseThrow(() -> new ResourceNotFoundException("mentee", personId));
    }

    private CandidatePool.Ranked holdTopChoice(String tenantId, Mentee mentee, List<CandidatePool.Ranked> ranked) {
        Instant now = clock.instant();
        for (CandidatePool.Ranked candidate : ranked) {
            if (holds.hold(tenantId, candidate.mentor().enrollmentId(), candidate.mentor().seatsLeft(),
                    mentee.enrollmentId(), now, now.plus(holdFor))) {
                holds.releaseOthers(tenantId, mentee.enrollmentId(), candidate.mentor().enrollmentId());
                return candidate;
            }
        }
        holds.releaseOthers(tenantId, mentee.enrollmentId(), null);
        return null;
    }

    record SuggestionList(String programId, String menteeId, String menteeStatus, List<CandidatePool.Ranked> ranked,
            String topChoiceMentorId) {
    }
}
