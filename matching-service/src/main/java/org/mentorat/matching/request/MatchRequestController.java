package org.mentorat.matching.request;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import org.mentorat.matching.match.MatchView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.mentorat.platform.security.Caller;

@RestController
class MatchRequestController {

    private final MatchRequests requests;

    MatchRequestController(MatchRequests requests) {
        this.requests = requests;
    }

    /**
     * A mentee asks a mentor from their suggestions (counts as the mentee's acceptance), or an
     * administrator pairs two people by hand; either way the mentor's seat is taken now.
     */
    @PostMapping("/api/v1/matches")
    ResponseEntity<MatchView> request(@Valid @RequestBody MatchRequest request, Caller caller) {
        MatchView match = MatchView.of(requests.request(caller, request));
        return ResponseEntity.created(URI.create("/api/v1/matches/" + match.id())).body(match);
    }

    /** @param menteeId defaults to the caller; an administrator must name the mentee */
    record MatchRequest(@NotBlank String programId, @NotBlank String mentorId, String menteeId) {
    }
}
