package org.mentorat.session.mentorship;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.mentorat.platform.security.Caller;
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
@RequestMapping("/api/v1/mentorships")
@PreAuthorize("hasAnyRole('PROGRAM_ADMIN', 'MENTOR', 'MENTEE')")
class MentorshipController {

    private final Mentorships mentorships;

    MentorshipController(Mentorships mentorships) {
        this.mentorships = mentorships;
    }

    @GetMapping
    MentorshipPage list(Caller caller,
            @RequestParam(required = false) String personId,
            @RequestParam(required = false) String programId,
            @RequestParam(required = false) MentorshipStatus status,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return mentorships.search(caller, MentorshipSearch.by(caller, personId, programId, status, page, size));
    }

    @GetMapping("/{id}")
    MentorshipResponse get(@PathVariable String id, Caller caller) {
        return MentorshipResponse.of(mentorships.visibleTo(caller, id), caller);
    }

    @PutMapping("/{id}/agreement")
    MentorshipResponse agree(@PathVariable String id, @Valid @RequestBody AgreementRequest request, Caller caller) {
        return MentorshipResponse.of(mentorships.agree(caller, id, request), caller);
    }

    @PostMapping("/{id}/pause")
    MentorshipResponse pause(@PathVariable String id, @Valid @RequestBody PauseRequest request, Caller caller) {
        return MentorshipResponse.of(mentorships.pause(caller, id, request), caller);
    }

    @PostMapping("/{id}/resume")
    MentorshipResponse resume(@PathVariable String id, Caller caller) {
        return MentorshipResponse.of(mentorships.resume(caller, id), caller);
    }

    @PostMapping("/{id}/end")
    MentorshipResponse end(@PathVariable String id, @Valid @RequestBody EndRequest request, Caller caller) {
        return MentorshipResponse.of(mentorships.end(caller, id, request), caller);
    }

    @PostMapping("/{id}/survey")
    @ResponseStatus(HttpStatus.CREATED)
    MentorshipResponse.SurveyView submitSurvey(@PathVariable String id, @Valid @RequestBody SurveyRequest request,
            Caller caller) {
        return MentorshipResponse.SurveyView.of(mentorships.submitSurvey(caller, id, request), caller, true);
    }
}
