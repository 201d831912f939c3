package org.mentorat.matching.match;

import java.time.Instant;
import java.util.List;
import org.mentorat.matching.scoring.vocabulary.ScoredPair;
import org.mentorat.platform.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
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
    List<MatchView> list(@RequestParam(required = false) String personId,
            @RequestParam(required = false) String programId, @RequestParam(required = false) MatchStatus status,
            Caller caller) {
        return queries.list(caller, personId, programId, status).stream().map(MatchView::of).toList();
    }

    @GetMapping("/{id}")
    MatchView get(@PathVariable String id, Caller caller) {
        return MatchView.of(matches.get(caller, id));
    }

    @PostMapping("/{id}/accept")
    MatchView accept(@PathVariable String id, Caller caller) {
        return MatchView.of(matches.accept(caller, id));
    }

    @PostMapping("/{id}/decline")
    MatchView decline(@PathVariable String id, @RequestBody(required = false) DeclineRequest request, Caller caller) {
        return MatchView.of(matches.decline(caller, id, request == null ? null : request.reason()));
    }

    /** Why this pair: each criterion's value, weight and contribution (they add up to the score), and the reasons. */
    @GetMapping("/{id}/explanation")
    ExplanationView explanation(@PathVariable String id, Caller caller) {
        Match match = matches.get(caller, id);
        return ExplanationView.of(match.id(), match.explanation());
    }

    record DeclineRequest(DeclineReason reason) {
    }

    record ExplanationView(String matchId, double score, List<ExplanationViews.ContributionView> contributions,
            List<ExplanationViews.ReasonView> reasons) {

        static ExplanationView of(String matchId, ScoredPair scored) {
            return new ExplanationView(matchId, scored.score(), ExplanationViews.contributions(scored),
                    ExplanationViews.reasons(scored));
        }
    }
}
