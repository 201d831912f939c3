package org.mentorat.matching.suggestion;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.mentorat.matching.match.ExplanationViews.ContributionView;
import org.mentorat.matching.match.ExplanationViews.ExclusionView;
import org.mentorat.matching.match.ExplanationViews.ReasonView;
import org.mentorat.matching.match.ExplanationViews;
import org.mentorat.matching.pool.CandidatePool;
import org.mentorat.matching.pool.CandidatePools;
import org.mentorat.matching.readmodel.Mentee;
import org.mentorat.matching.readmodel.MenteeStatus;
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
@Tag(name = "Suggestions", description = "A mentee's best mentors, explained; why a mentor is not "
        + "suggested; pairs never to propose again.")
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
    @Operation(operationId = "suggestMentors", summary = "Suggest mentors to a mentee",
            description = "The mentee's best mentors in the program, ranked and explained (criteria and reasons); for the mentee themselves or an administrator. Hard rules are never broken.")
    SuggestionsView suggestions(@PathVariable String programId, @PathVariable String personId,
            @RequestParam(required = false) @Min(1) @Max(Suggestions.MAX_LIMIT) Integer limit, Caller caller) {
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
    @Operation(operationId = "explainMentorForMentee", summary = "Explain why a mentor is (not) suggested",
            description = "\"Why not this mentor?\": the rules that exclude the pair, or its explained score if none does; for an excluded pair the score is what it would be without the rules.")
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
    @Operation(operationId = "blockPair", summary = "Never propose this pair",
            description = "The mentee (or an administrator) blocks a person: they are never proposed to each other again. Repeatable.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void block(@PathVariable String programId, @PathVariable String personId, @PathVariable String otherPersonId,
            Caller caller) {
        setBlocked(caller, programId, personId, otherPersonId, true);
    }

    @DeleteMapping("/blocks/{otherPersonId}")
    @Operation(operationId = "unblockPair", summary = "Allow this pair again",
            description = "Lifts a block set by the mentee or an administrator. Repeatable.")
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

    record SuggestionsView(String programId, String menteeId, @Schema(implementation = MenteeStatus.class) String menteeStatus,
            @Size(max = Suggestions.MAX_LIMIT) List<SuggestionView> suggestions) {
    }

    record SuggestionView(int rank, String mentorId, double score, boolean topChoice, int seatsLeft,
            @Size(max = ExplanationViews.MAX_ITEMS) List<ContributionView> contributions,
            @Size(max = ExplanationViews.MAX_ITEMS) List<ReasonView> reasons) {
    }

    /** For an excluded pair, {@code score} is what it would have scored without the rules. */
    record PairView(String menteeId, String mentorId, boolean eligible,
            @Size(max = ExplanationViews.MAX_ITEMS) List<ExclusionView> exclusions, double score,
            @Size(max = ExplanationViews.MAX_ITEMS) List<ContributionView> contributions,
            @Size(max = ExplanationViews.MAX_ITEMS) List<ReasonView> reasons) {
    }
}
