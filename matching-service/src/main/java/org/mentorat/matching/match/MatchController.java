package org.mentorat.matching.match;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.mentorat.matching.scoring.vocabulary.ScoredPair;
import org.mentorat.platform.openapi.ErrorAnswer;
import org.mentorat.platform.security.Caller;
import org.mentorat.platform.web.Identifiers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Matches", description = "Proposed and accepted mentor-mentee pairs, and why each pair was "
        + "proposed.")
@RequestMapping("/api/v1/matches")
class MatchController {

    private final Matches matches;
    private final MatchQueries queries;

    MatchController(Matches matches, MatchQueries queries) {
        this.matches = matches;
        this.queries = queries;
    }

    /** Participants see their own matches whatever they ask for; administrators may filter. */
    @GetMapping
    @Operation(operationId = "listMatches", summary = "List matches",
            description = "Participants see their own matches whatever they ask for; administrators may filter by person, program and status. The latest " + MatchQueries.LISTED + " at most.")
    @ApiResponse(responseCode = "200", description = "The matches", content = @Content(array = @ArraySchema(
            maxItems = MatchQueries.LISTED, schema = @Schema(implementation = MatchView.class))))
    List<MatchView> list(@RequestParam(required = false) @Size(max = Identifiers.MAX_LENGTH) String personId,
            @RequestParam(required = false) @Size(max = Identifiers.MAX_LENGTH) String programId, @RequestParam(required = false) MatchStatus status,
            Caller caller) {
        return queries.list(caller, personId, programId, status).stream().map(MatchView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getMatch", summary = "Read a match",
            description = "One match the caller takes part in (or any of the tenant's, for an administrator).")
    MatchView get(@PathVariable String id, Caller caller) {
        return MatchView.of(matches.get(caller, id));
    }

    @PostMapping("/{id}/accept")
    @Operation(operationId = "acceptMatch", summary = "Accept a match",
            description = "The mentor or the mentee accepts; when both have, the match is ACCEPTED and a mentorship starts. Idempotent for the same person.")
    @ErrorAnswer(status = 409, description = "The match is no longer open (declined, expired or closed).")
    MatchView accept(@PathVariable String id, Caller caller) {
        return MatchView.of(matches.accept(caller, id));
    }

    @PostMapping("/{id}/decline")
    @Operation(operationId = "declineMatch", summary = "Decline a match",
            description = "The mentor or the mentee declines, with an optional reason; the mentee is offered other mentors.")
    @ErrorAnswer(status = 409, description = "The match is no longer open.")
    MatchView decline(@PathVariable String id, @RequestBody(required = false) DeclineRequest request, Caller caller) {
        return MatchView.of(matches.decline(caller, id, request == null ? null : request.reason()));
    }

    /** Why this pair: each criterion's value, weight and contribution (they add up to the score), and the reasons. */
    @GetMapping("/{id}/explanation")
    @Operation(operationId = "explainMatch", summary = "Explain a match",
            description = "Each criterion's value, weight and contribution (they add up to the score), and the reasons in words.")
    ExplanationView explanation(@PathVariable String id, Caller caller) {
        Match match = matches.get(caller, id);
        return ExplanationView.of(match.id(), match.explanation());
    }

    record DeclineRequest(DeclineReason reason) {
    }

    record ExplanationView(String matchId, double score,
            @Size(max = ExplanationViews.MAX_ITEMS) List<ExplanationViews.ContributionView> contributions,
            @Size(max = ExplanationViews.MAX_ITEMS) List<ExplanationViews.ReasonView> reasons) {

        static ExplanationView of(String matchId, ScoredPair scored) {
            return new ExplanationView(matchId, scored.score(), ExplanationViews.contributions(scored),
                    ExplanationViews.reasons(scored));
        }
    }
}
