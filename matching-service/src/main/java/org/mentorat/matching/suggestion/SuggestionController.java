package org.mentorat.matching.suggestion;

import java.util.List;
import org.mentorat.matching.match.ExplanationViews;
import org.mentorat.matching.match.ExplanationViews.ContributionView;
import org.mentorat.matching.match.ExplanationViews.ExclusionView;
import org.mentorat.matching.match.ExplanationViews.ReasonView;
import org.mentorat.matching.pool.CandidatePool;
import org.mentorat.matching.pool.CandidatePools;
import org.mentorat.matching.readmodel.Mentee;
import org.mentorat.matching.readmodel.Mentor;
import org.mentorat.matching.readmodel.PairHistories;
import org.mentorat.matching.readmodel.Program;
import org.mentorat.matching.scoring.vocabulary.ExcludedPair;
import org.mentorat.matching.scoring.vocabulary.PairAssessment;
import org.mentorat.matching.scoring.vocabulary.ScoredPair;
import org.mentorat.platform.security.Caller;
import org.mentorat.platform.web.FieldError;
import org.mentorat.platform.web.InvalidRequestException;
import org.mentorat.platform.web.ResourceNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/programs/{programId}/mentees/{personId}")
class SuggestionController {

    private final Suggestions suggestions;
    private final CandidatePools pools;
    private final PairHistories histories;

    SuggestionController(Suggestions suggestions, CandidatePools pools, PairHistories histories) {
        this.suggestions = suggestions;
        this.pools = pools;
        this.histories = histories;
    }

    /** The mentee's best mentors, each explained; the mentee themselves or an administrator. */
    @GetMapping("/suggestions")
    SuggestionsView suggestions(@PathVariable String programId, @PathVariable String personId,
            @RequestParam(required = false) Integer limit, Caller caller) {
        if (limit != null && (limit < 1 || limit > Suggestions.MAX_LIMIT)) {
            throw new InvalidRequestException(List.of(new FieldError("limit",
                    "must be between 1 and " + Suggestions.MAX_LIMIT)));
        }
        Suggestions.SuggestionList list = suggestions.suggest(caller, programId, personId, limit);
        List<SuggestionView> views = new java.util.ArrayList<>();
        for (int i = 0; i < list.ranked().size(); i++) {
            CandidatePool.Ranked ranked = list.ranked().get(i);
            views.add(new SuggestionView(i + 1, ranked.mentor().personId(), ranked.scored().score(),
                    ranked.mentor().personId().equals(list.topChoiceMentorId()), ranked.mentor().seatsLeft(),
                    ExplanationViews.contributions(ranked.scored()), ExplanationViews.reasons(ranked.scored())));
        }
        return new SuggestionsView(list.programId(), list.menteeId(), list.menteeStatus(), views);
    }

    /** "Why not this mentor?": the rules that exclude the pair, or its explained score if none does. */
    @GetMapping("/mentors/{mentorPersonId}/explanation")
    PairView whyNot(@PathVariable String programId, @PathVariable String personId,
            @PathVariable String mentorPersonId, Caller caller) {
        Program program = suggestions.program(caller, programId);
        Mentee mentee = suggestions.mentee(caller, program, personId);
        CandidatePool pool = pools.forMentees(caller.tenantId(), program, List.of(mentee));
        Mentor mentor = pool.mentorOfPerson(mentorPersonId)
                .orElseThrow(() -> new ResourceNotFoundException("mentor", mentorPersonId));
        PairAssessment assessment = pool.assess(mentee, mentor);
        ScoredPair scored = assessment instanceof ScoredPair s ? s : pool.scoreIgnoringRules(mentee, mentor);
        List<ExclusionView> exclusions = assessment instanceof ExcludedPair excluded
                ? ExplanationViews.exclusions(excluded.exclusions()) : List.of();
        return new PairView(mentee.personId(), mentor.personId(), exclusions.isEmpty(), exclusions, scored.score(),
                ExplanationViews.contributions(scored), ExplanationViews.reasons(scored));
    }

    /** Never propose this pair again (the mentee themselves or an administrator); repeatable. */
    @PutMapping("/blocks/{otherPersonId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void block(@PathVariable String programId, @PathVariable String personId, @PathVariable String otherPersonId,
            Caller caller) {
        setBlocked(caller, programId, personId, otherPersonId, true);
    }

    @DeleteMapping("/blocks/{otherPersonId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unblock(@PathVariable String programId, @PathVariable String personId, @PathVariable String otherPersonId,
            Caller caller) {
        setBlocked(caller, programId, personId, otherPersonId, false);
    }

    /** Only the mentee themselves or an administrator changes the mentee's blocks. */
    private void setBlocked(Caller caller, String programId, String personId, String otherPersonId, boolean blocked) {
        suggestions.mentee(caller, suggestions.program(caller, programId), personId);
        if (blocked) {
            histories.block(caller.tenantId(), personId, otherPersonId);
        } else {
            histories.unblock(caller.tenantId(), personId, otherPersonId);
        }
    }

    record SuggestionsView(String programId, String menteeId, String menteeStatus, List<SuggestionView> suggestions) {
    }

    record SuggestionView(int rank, String mentorId, double score, boolean topChoice, int seatsLeft,
            List<ContributionView> contributions, List<ReasonView> reasons) {
    }

    /** For an excluded pair, {@code score} is what it would have scored without the rules. */
    record PairView(String menteeId, String mentorId, boolean eligible, List<ExclusionView> exclusions, double score,
            List<ContributionView> contributions, List<ReasonView> reasons) {
    }
}
