package org.mentorat.matching.request;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.mentorat.matching.match.MatchView;
import org.mentorat.platform.openapi.ErrorAnswer;
import org.mentorat.platform.security.Caller;
import org.mentorat.platform.web.Identifiers;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Matches")
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
    @Operation(operationId = "requestMatch", summary = "Ask for a mentor",
            description = "A mentee asks a mentor from their suggestions (counting as the mentee's acceptance), or an administrator pairs two people by hand; the mentor's seat is taken at once. 409 when a rule excludes the pair or no seat is left.")
    @ErrorAnswer(status = 409, description = "A rule excludes the pair, the mentor has no seat left, or the mentee is already matched.")
    ResponseEntity<MatchView> request(@Valid @RequestBody MatchRequest request, Caller caller) {
        MatchView match = MatchView.of(requests.request(caller, request));
        return ResponseEntity.created(URI.create("/api/v1/matches/" + match.id())).body(match);
    }

    /** @param menteeId defaults to the caller; an administrator must name the mentee */
    record MatchRequest(@NotBlank @Size(max = Identifiers.MAX_LENGTH) String programId,
            @NotBlank @Size(max = Identifiers.MAX_LENGTH) String mentorId,
            @Size(max = Identifiers.MAX_LENGTH) String menteeId) {
    }
}
