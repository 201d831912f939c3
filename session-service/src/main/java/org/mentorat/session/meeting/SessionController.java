package org.mentorat.session.meeting;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
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
    private final PlanValidation validation;

    SessionController(Meetings meetings, PlanValidation validation) {
        this.meetings = meetings;
        this.validation = validation;
    }

    /** One session answers with itself; a series with its id and its sessions in order. */
    @PostMapping("/mentorships/{mentorshipId}/sessions")
    ResponseEntity<?> schedule(@PathVariable String mentorshipId, @RequestBody ScheduleSessionRequest request,
            Caller caller) {
        ScheduleSessionRequest complete = request.orAgreedIn(meetings.mentorship(caller, mentorshipId));
        List<SessionPlan> plans = validation.plans(complete);
        List<Session> sessions = meetings.schedule(caller, mentorshipId, plans,
                complete.repeat() == null ? null : complete.repeat().cadence());
        if (request.repeat() == null) {
            Session session = sessions.getFirst();
            return ResponseEntity.created(URI.create("/api/v1/sessions/" + session.id()))
                    .body(SessionResponse.of(session, caller));
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(new SessionResponse.Listing(
                sessions.getFirst().series().seriesId(), responses(sessions, caller)));
    }

    @GetMapping("/mentorships/{mentorshipId}/sessions")
    SessionResponse.Listing list(@PathVariable String mentorshipId, Caller caller) {
        return new SessionResponse.Listing(null, responses(meetings.ofMentorship(caller, mentorshipId), caller));
    }

    @GetMapping("/sessions/{id}")
    SessionResponse get(@PathVariable String id, Caller caller) {
        return SessionResponse.of(meetings.visible(caller, id), caller);
    }

    @PostMapping("/sessions/{id}/reschedule")
    SessionResponse reschedule(@PathVariable String id, @RequestBody RescheduleRequest request, Caller caller) {
        return SessionResponse.of(meetings.reschedule(caller, id, current -> validation.moved(request, current)),
                caller);
    }

    @PostMapping("/sessions/{id}/cancel")
    SessionResponse cancel(@PathVariable String id, @Valid @RequestBody(required = false) SessionRequests.Cancel body,
            Caller caller) {
        return SessionResponse.of(meetings.cancel(caller, id, body == null ? null : body.reason()), caller);
    }

    @PostMapping("/sessions/{id}/complete")
    SessionResponse complete(@PathVariable String id,
            @Valid @RequestBody(required = false) SessionRequests.Complete body, Caller caller) {
        return SessionResponse.of(meetings.complete(caller, id, body == null ? Completion.NOTHING : body.completion()),
                caller);
    }

    @PostMapping("/sessions/{id}/no-show")
    SessionResponse noShow(@PathVariable String id, @Valid @RequestBody SessionRequests.NoShow body, Caller caller) {
        return SessionResponse.of(meetings.markNoShow(caller, id, body.absentIds()), caller);
    }

    @PostMapping("/sessions/{id}/notes")
    @ResponseStatus(HttpStatus.CREATED)
    SessionResponse addNote(@PathVariable String id, @Valid @RequestBody SessionRequests.Note body, Caller caller) {
        return SessionResponse.of(meetings.addNote(caller, id, body.text(), body.visibility()), caller);
    }

    @PostMapping("/sessions/{id}/feedback")
    @ResponseStatus(HttpStatus.CREATED)
    FeedbackResponse giveFeedback(@PathVariable String id, @Valid @RequestBody FeedbackRequest request,
            Caller caller) {
        return FeedbackResponse.of(id, meetings.giveFeedback(caller, id, request));
    }

    private static List<SessionResponse> responses(List<Session> sessions, Caller caller) {
        return sessions.stream().map(session -> SessionResponse.of(session, caller)).toList();
    }
}
