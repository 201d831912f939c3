package org.mentorat.matching.match;

import java.util.List;
import org.mentorat.platform.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/matches")
class MatchController {

    private final Matches matches;

    MatchController(Matches matches) {
        this.matches = matches;
    }

    /** Participants see their own matches whatever they ask for; administrators may filter. */
    @GetMapping
    List<MatchView> list(@RequestParam(required = false) String personId,
            @RequestParam(required = false) String programId, Caller caller) {
        return matches.list(caller, personId, programId).stream().map(MatchView::of).toList();
    }

    @GetMapping("/{id}")
    MatchView get(@PathVariable String id, Caller caller) {
        return MatchView.of(matches.get(caller, id));
    }

    @PostMapping("/{id}/accept")
    MatchView accept(@PathVariable String id, Caller caller) {
        return MatchView.of(matches.accept(caller, id));
    }

    record MatchView(String id, String programId, String mentorId, String menteeId, double score,
            List<String> reasons, String status, boolean mentorAccepted, boolean menteeAccepted) {

        static MatchView of(Match match) {
            return new MatchView(match.id(), match.programId(), match.mentorId(), match.menteeId(), match.score(),
                    match.reasons(), match.status().name(), match.mentorAccepted(), match.menteeAccepted());
        }
    }
}
