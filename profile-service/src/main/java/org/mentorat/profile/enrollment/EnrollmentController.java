package org.mentorat.profile.enrollment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.mentorat.platform.openapi.ErrorAnswer;
import org.mentorat.platform.security.Caller;
import org.mentorat.profile.web.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Enrolments of a program. Administrators enrol, see and withdraw anyone of their tenant; a
 * participant enrols themself and sees or withdraws only their own enrolments.
 */
@RestController
@Tag(name = "Enrolments", description = "People enrolled in a program as mentors or mentees.")
@RequestMapping("/api/v1/programs/{programId}/enrollments")
class EnrollmentController {

    private final Enrollments enrollments;

    EnrollmentController(Enrollments enrollments) {
        this.enrollments = enrollments;
    }

    @PostMapping
    @Operation(operationId = "enrol", summary = "Enrol in a program",
            description = "Enrols a person as mentor (with a capacity) or mentee (with goals) in a published program.")
    @ErrorAnswer(status = 409, description = "The program is not open, or the person is already enrolled in that role.")
    ResponseEntity<Enrollment> enrol(@PathVariable String programId, @Valid @RequestBody EnrollmentRequest request,
            Caller caller, UriComponentsBuilder uri) {
        Enrollment enrollment = enrollments.enrol(caller, programId, request);
        return ResponseEntity.created(uri.path("/api/v1/programs/{programId}/enrollments/{id}")
                .build(programId, enrollment.id())).body(enrollment);
    }

    @GetMapping
    @Operation(operationId = "listEnrollments", summary = "List a program's enrolments",
            description = "The program's enrolments filtered by role and status, a page at a time.")
    Page<Enrollment> list(@PathVariable String programId,
            @RequestParam(required = false) EnrollmentRole role,
            @RequestParam(required = false) EnrollmentStatus status,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size, Caller caller) {
        return enrollments.list(caller.tenantId(), programId, role, status, page, size);
    }

    @GetMapping("/{enrollmentId}")
    @Operation(operationId = "getEnrollment", summary = "Read an enrolment",
            description = "One enrolment; participants read their own.")
    Enrollment get(@PathVariable String programId, @PathVariable String enrollmentId, Caller caller) {
        return enrollments.get(caller, programId, enrollmentId);
    }

    /** 204 also when the enrolment was already withdrawn: the person is out, as asked. */
    @DeleteMapping("/{enrollmentId}")
    @Operation(operationId = "withdrawEnrollment", summary = "Withdraw an enrolment",
            description = "Withdraws the person from the program; 204 also when already withdrawn.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void withdraw(@PathVariable String programId, @PathVariable String enrollmentId, Caller caller) {
        enrollments.withdraw(caller, programId, enrollmentId);
    }
}
