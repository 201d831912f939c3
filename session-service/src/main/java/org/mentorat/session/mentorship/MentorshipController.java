package org.mentorat.session.mentorship;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.mentorat.platform.openapi.ErrorAnswer;
import org.mentorat.platform.security.Caller;
import org.mentorat.platform.web.Identifiers;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Mentorships", description = "Mentorships started from accepted matches: agreement, pause, end, "
        + "closing survey.")
@RequestMapping("/api/v1/mentorships")
@PreAuthorize("hasAnyRole('PROGRAM_ADMIN', 'MENTOR', 'MENTEE')")
class MentorshipController {

    private final Mentorships mentorships;

    MentorshipController(Mentorships mentorships) {
        this.mentorships = mentorships;
    }

    @GetMapping
    @Operation(operationId = "listMentorships", summary = "List mentorships",
            description = "Participants see their own; administrators the tenant's, filtered by person, program and status. A page at a time.")
    MentorshipPage list(Caller caller,
            @RequestParam(required = false) @Size(max = Identifiers.MAX_LENGTH) String personId,
            @RequestParam(required = false) @Size(max = Identifiers.MAX_LENGTH) String programId,
            @RequestParam(required = false) MentorshipStatus status,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return mentorships.search(caller, MentorshipSearch.by(caller, personId, programId, status, page, size));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getMentorship", summary = "Read a mentorship",
            description = "One mentorship with its agreement and surveys; expectations are for the pair only.")
    MentorshipResponse get(@PathVariable String id, Caller caller) {
        return MentorshipResponse.of(mentorships.visibleTo(caller, id), caller);
    }

    @PutMapping("/{id}/agreement")
    @Operation(operationId = "setMentorshipAgreement", summary = "Set my side of the agreement",
            description = "The caller's expectations, confidentiality, cadence and format; confirmed when every participant has set theirs.")
    MentorshipResponse agree(@PathVariable String id, @Valid @RequestBody AgreementRequest request, Caller caller) {
        return MentorshipResponse.of(mentorships.agree(caller, id, request), caller);
    }

    @PostMapping("/{id}/pause")
    @Operation(operationId = "pauseMentorship", summary = "Pause a mentorship",
            description = "Pauses until a day in the future; reminders stop meanwhile.")
    @ErrorAnswer(status = 409, description = "The mentorship is not active.")
    MentorshipResponse pause(@PathVariable String id, @Valid @RequestBody PauseRequest request, Caller caller) {
        return MentorshipResponse.of(mentorships.pause(caller, id, request), caller);
    }

    @PostMapping("/{id}/resume")
    @Operation(operationId = "resumeMentorship", summary = "Resume a mentorship",
            description = "Resumes a paused mentorship before its day.")
    @ErrorAnswer(status = 409, description = "The mentorship is not paused.")
    MentorshipResponse resume(@PathVariable String id, Caller caller) {
        return MentorshipResponse.of(mentorships.resume(caller, id), caller);
    }

    @PostMapping("/{id}/end")
    @Operation(operationId = "endMentorship", summary = "End a mentorship",
            description = "Ends the mentorship early, with a reason; a closing survey is asked of each participant.")
    @ErrorAnswer(status = 409, description = "The mentorship has already ended.")
    MentorshipResponse end(@PathVariable String id, @Valid @RequestBody EndRequest request, Caller caller) {
        return MentorshipResponse.of(mentorships.end(caller, id, request), caller);
    }

    @PostMapping("/{id}/survey")
    @Operation(operationId = "submitClosingSurvey", summary = "Answer the closing survey",
            description = "The caller's closing survey: what was achieved, the takeaway, what worked and how likely they are to recommend mentoring (0 to 10).")
    @ErrorAnswer(status = 409, description = "The mentorship is not closed, or the caller already answered.")
    @ResponseStatus(HttpStatus.CREATED)
    MentorshipResponse.SurveyView submitSurvey(@PathVariable String id, @Valid @RequestBody SurveyRequest request,
            Caller caller) {
        return MentorshipResponse.SurveyView.of(mentorships.submitSurvey(caller, id, request), caller, true);
    }
}
