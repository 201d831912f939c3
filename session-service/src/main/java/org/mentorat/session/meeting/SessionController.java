package org.mentorat.session.meeting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.mentorat.platform.openapi.ErrorAnswer;
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
@Tag(name = "Sessions", description = "Sessions of a mentorship in time zones and series: schedule, "
        + "reschedule, cancel, complete, notes and feedback.")
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
    @Operation(operationId = "scheduleSession", summary = "Schedule a session or a series",
            description = "Schedules one session on the participants' wall clock in a time zone, or a series (`repeat`); one session answers with itself, a series with its id and its sessions in order.")
    @ApiResponse(responseCode = "201", description = "The session, or the series's sessions", content = @Content(schema = @Schema(
            oneOf = {SessionResponse.class, SessionResponse.Listing.class})))
    @ErrorAnswer(status = 409, description = "The mentorship is not active, or a participant is busy then.")
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
    @Operation(operationId = "listSessions", summary = "List a mentorship's sessions",
            description = "The mentorship's sessions in order of time.")
    SessionResponse.Listing list(@PathVariable String mentorshipId, Caller caller) {
        return new SessionResponse.Listing(null, responses(meetings.ofMentorship(caller, mentorshipId), caller));
    }

    @GetMapping("/sessions/{id}")
    @Operation(operationId = "getSession", summary = "Read a session",
            description = "One session; notes are for their readers only.")
    SessionResponse get(@PathVariable String id, Caller caller) {
        return SessionResponse.of(meetings.visible(caller, id), caller);
    }

    @PostMapping("/sessions/{id}/reschedule")
    @Operation(operationId = "rescheduleSession", summary = "Reschedule a session",
            description = "Moves the session (start, time zone, duration); participants get an updated invite.")
    @ErrorAnswer(status = 409, description = "The session is not scheduled.")
    SessionResponse reschedule(@PathVariable String id, @RequestBody RescheduleRequest request, Caller caller) {
        return SessionResponse.of(meetings.reschedule(caller, id, current -> validation.moved(request, current)),
                caller);
    }

    @PostMapping("/sessions/{id}/cancel")
    @Operation(operationId = "cancelSession", summary = "Cancel a session",
            description = "Cancels the session with an optional reason; participants get a cancellation.")
    @ErrorAnswer(status = 409, description = "The session is not scheduled.")
    SessionResponse cancel(@PathVariable String id, @Valid @RequestBody(required = false) SessionRequests.Cancel body,
            Caller caller) {
        return SessionResponse.of(meetings.cancel(caller, id, body == null ? null : body.reason()), caller);
    }

    @PostMapping("/sessions/{id}/complete")
    @Operation(operationId = "completeSession", summary = "Complete a session",
            description = "Marks the session held, with how long it lasted, topics and a note; feedback is then asked of each participant.")
    @ErrorAnswer(status = 409, description = "The session is not scheduled.")
    SessionResponse complete(@PathVariable String id,
            @Valid @RequestBody(required = false) SessionRequests.Complete body, Caller caller) {
        return SessionResponse.of(meetings.complete(caller, id, body == null ? Completion.NOTHING : body.completion()),
                caller);
    }

    @PostMapping("/sessions/{id}/no-show")
    @Operation(operationId = "markNoShow", summary = "Mark a no-show",
            description = "Names the participants who did not come.")
    @ErrorAnswer(status = 409, description = "The session is not scheduled.")
    SessionResponse noShow(@PathVariable String id, @Valid @RequestBody SessionRequests.NoShow body, Caller caller) {
        return SessionResponse.of(meetings.markNoShow(caller, id, body.absentIds()), caller);
    }

    @PostMapping("/sessions/{id}/notes")
    @Operation(operationId = "addSessionNote", summary = "Add a note to a session",
            description = "A note that is private to its author or shared with the pair.")
    @ResponseStatus(HttpStatus.CREATED)
    SessionResponse addNote(@PathVariable String id, @Valid @RequestBody SessionRequests.Note body, Caller caller) {
        return SessionResponse.of(meetings.addNote(caller, id, body.text(), body.visibility()), caller);
    }

    @PostMapping("/sessions/{id}/feedback")
    @Operation(operationId = "giveSessionFeedback", summary = "Give feedback on a session",
            description = "The caller's rating (1 to 5), whether it helped, and a comment; once per participant.")
    @ErrorAnswer(status = 409, description = "The session is not completed, or the caller already gave feedback.")
    @ResponseStatus(HttpStatus.CREATED)
    FeedbackResponse giveFeedback(@PathVariable String id, @Valid @RequestBody FeedbackRequest request,
            Caller caller) {
        return FeedbackResponse.of(id, meetings.giveFeedback(caller, id, request));
    }

    private static List<SessionResponse> responses(List<Session> sessions, Caller caller) {
        return sessions.stream().map(session -> SessionResponse.of(session, caller)).toList();
    }
}
