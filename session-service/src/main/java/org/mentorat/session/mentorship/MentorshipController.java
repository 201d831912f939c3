package org.mentorat.session.mentorship;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.mentorat.platform.security.Caller;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return mentorships.search(caller, MentorshipSearch.by(caller, personId, programId, page, size));
    }

    @GetMapping("/{id}")
    MentorshipResponse get(@PathVariable String id, Caller caller) {
        return MentorshipResponse.of(mentorships.visibleTo(caller, id));
    }
}
