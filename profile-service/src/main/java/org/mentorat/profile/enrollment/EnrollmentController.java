package org.mentorat.profile.enrollment;

import jakarta.validation.Valid;
import org.mentorat.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class EnrollmentController {

    private final Enrollments enrollments;

    EnrollmentController(Enrollments enrollments) {
        this.enrollments = enrollments;
    }

    /** Administrators enrol anyone in their tenant; a participant enrols themself. */
    @PostMapping("/api/v1/programs/{programId}/enrollments")
    @ResponseStatus(HttpStatus.CREATED)
    Enrollment enrol(@PathVariable String programId, @Valid @RequestBody EnrollmentRequest request, Caller caller) {
        return enrollments.enrol(caller, programId, request);
    }
}
