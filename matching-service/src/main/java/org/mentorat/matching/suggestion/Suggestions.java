package org.mentorat.matching.suggestion;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mentorat.matching.readmodel.Candidates;
import org.mentorat.matching.readmodel.Mentee;
import org.mentorat.matching.readmodel.Program;
import org.mentorat.matching.readmodel.Programs;
import org.mentorat.platform.security.Caller;
import org.mentorat.platform.web.ResourceNotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Top-K mentors for a mentee, explained. The first suggestion is the mentee's "top choice" only if
 * one of the mentor's free seats can be held for them, so a mentor with one seat left is never the
 * top choice of two mentees at once; without a hold the best mentors are still listed, unflagged.
 */
@Service
public class Suggestions {

    static final int MAX_LIMIT = 20;

    private final Programs programs;
    private final Candidates candidates;
    private final CandidatePools pools;
    private final TopChoiceHolds holds;
    private final Clock clock;
    private final Duration holdFor;

    Suggestions(Programs programs, Candidates candidates, CandidatePools pools, TopChoiceHolds holds, Clock clock,
            @Value("${mentorat.matching.top-choice-hold:PT48H}") Duration holdFor) {
        this.programs = programs;
        this.candidates = candidates;
        this.pools = pools;
        this.holds = holds;
        this.clock = clock;
        this.holdFor = holdFor;
    }

    SuggestionList suggest(Caller caller, String programId, String menteePersonId, Integer limit) {
        Program program = program(caller, programId);
        Mentee mentee = mentee(caller, program, menteePersonId);
        int shown = Math.max(1, Math.min(MAX_LIMIT, limit == null ? program.suggestionsShown() : limit));
        CandidatePool pool = pools.forMentees(caller.tenantId(), program, Set.of(mentee));
        List<CandidatePool.Ranked> ranked = pool.top(mentee, shown * 2);
        CandidatePool.Ranked topChoice = mentee.waiting() ? holdTopChoice(caller.tenantId(), mentee, ranked) : null;
        List<CandidatePool.Ranked> ordered = new ArrayList<>();
        if (topChoice != null) {
            ordered.add(topChoice);
        }
        ranked.stream().filter(r -> r != topChoice).forEach(ordered::add);
        return new SuggestionList(program.programId(), mentee.personId(), mentee.status(),
                ordered.stream().limit(shown).toList(), topChoice == null ? null : topChoice.mentor().personId());
    }

    /** Lets the mentee's holds lapse once they asked for a mentor. */
    public void forgetHolds(String tenantId, String menteeEnrollmentId) {
        holds.releaseOthers(tenantId, menteeEnrollmentId, null);
    }

    public Program program(Caller caller, String programId) {
        return programs.find(caller.tenantId(), programId)
                .orElseThrow(() -> new ResourceNotFoundException("program", programId));
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
