package org.mentorat.session.meeting;

import jakarta.validation.Valid;
import java.net.URI;
import org.mentorat.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@PreAuthorize("hasAnyRole('PROGRAM_ADMIN', 'MENTOR', 'MENTEE')")
class SessionController {

    private final Meetings meetings;

    SessionController(Meetings meetings) {
        this.meetings = meetings;
    }

    @PostMapping("/mentorships/{mentorshipId}/sessions")
    ResponseEntity<SessionResponse> schedule(@PathVariable String mentorshipId,
            @Valid @RequestBody ScheduleSessionRequest request, Caller caller) {
        Session session = meetings.schedule(caller, mentorshipId, request.plan());
        return ResponseEntity.created(URI.create("/api/v1/sessions/" + session.id()))
                .body(SessionResponse.of(session));
    }

    @GetMapping("/sessions/{id}")
    SessionResponse get(@PathVariable String id, Caller caller) {
        return SessionResponse.of(meetings.visible(caller, id));
    }

    @PostMapping("/sessions/{id}/complete")
    SessionResponse complete(@PathVariable String id, Caller caller) {
        return SessionResponse.of(meetings.complete(caller, id));
    }

    @PostMapping("/sessions/{id}/cancel")
    SessionResponse cancel(@PathVariable String id, Caller caller) {
        return SessionResponse.of(meetings.cancel(caller, id));
    }

    @PostMapping("/sessions/{id}/feedback")
    @ResponseStatus(HttpStatus.CREATED)
    FeedbackResponse giveFeedback(@PathVariable String id, @Valid @RequestBody FeedbackRequest request,
            Caller caller) {
        return FeedbackResponse.of(id, meetings.giveFeedback(caller, id, request));
    }
}
