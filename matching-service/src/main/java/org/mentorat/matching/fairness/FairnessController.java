package org.mentorat.matching.fairness;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mentorat.matching.match.Match;
import org.mentorat.matching.match.MatchQueries;
import org.mentorat.matching.readmodel.Candidates;
import org.mentorat.matching.readmodel.Mentee;
import org.mentorat.matching.readmodel.MenteeStatus;
import org.mentorat.matching.readmodel.Programs;
import org.mentorat.platform.security.Caller;
import org.mentorat.security.Role;
import org.mentorat.platform.web.FieldError;
import org.mentorat.platform.web.ForbiddenException;
import org.mentorat.platform.web.InvalidRequestException;
import org.mentorat.platform.web.ResourceNotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Whether every group of mentees is matched about as often as the best-served one: match rate and
 * score distribution per group, flagged below four fifths of the best group's rate. For program
 * administrators and operations.
 */
@RestController
@Tag(name = "Fairness", description = "Whether every group of mentees is matched about as often as the "
        + "best-served one, for program administrators and operations.")
class FairnessController {

    /** More than the attributes there are ({@link FairnessAttributes}); their names are short words. */
    static final int MAX_ATTRIBUTES = 32;
    static final int MAX_ATTRIBUTE_NAME = 64;

    private final Programs programs;
    private final Candidates candidates;
    private final MatchQueries matches;
    private final ProtectedAttributeStore protectedAttributes;

    FairnessController(Programs programs, Candidates candidates, MatchQueries matches,
            ProtectedAttributeStore protectedAttributes) {
        this.programs = programs;
        this.candidates = candidates;
        this.matches = matches;
        this.protectedAttributes = protectedAttributes;
    }

    @GetMapping("/api/v1/programs/{programId}/fairness")
    @Operation(operationId = "getProgramFairness", summary = "Report a program's fairness",
            description = "Match rate and score distribution per group of each attribute (department, location, seniority and the protected attributes), each group flagged below four fifths of the best group's rate.")
    ProgramFairness fairness(@PathVariable String programId, Caller caller) {
        requireOverseer(caller);
        programs.find(caller.tenantId(), programId)
                .orElseThrow(() -> new ResourceNotFoundException("program", programId));
        Map<String, Double> scoreByEnrollment = new HashMap<>();
        for (Match match : matches.openMatchesOfProgram(caller.tenantId(), programId)) {
            scoreByEnrollment.put(match.menteeEnrollmentId(), match.score());
            if (match.peer()) {
                scoreByEnrollment.put(match.mentorEnrollmentId(), match.score());
            }
        }
        List<FairnessSubject> subjects = new ArrayList<>();
        for (Mentee mentee : candidates.mentees(caller.tenantId(), programId)) {
            if (mentee.waiting() || mentee.status() == MenteeStatus.MATCHED) {
                Double score = scoreByEnrollment.get(mentee.enrollmentId());
                subjects.add(new FairnessSubject(mentee.personId(), FairnessAttributes.of(mentee.profile()),
                        score != null, score));
            }
        }
        Set<String> attributes = new LinkedHashSet<>(FairnessAttributes.ALWAYS);
        List<String> marked = protectedAttributes.of(caller.tenantId());
        attributes.addAll(marked);
        return new ProgramFairness(programId, subjects.size(), marked,
                FairnessReport.of(subjects, List.copyOf(attributes)).attributes());
    }

    @GetMapping("/api/v1/fairness/protected-attributes")
    @Operation(operationId = "getProtectedAttributes", summary = "List the protected attributes",
            description = "The attributes the tenant reports on besides department, location and seniority, and every attribute that can be marked.")
    ProtectedAttributesView protectedAttributes(Caller caller) {
        requireOverseer(caller);
        return new ProtectedAttributesView(protectedAttributes.of(caller.tenantId()), FairnessAttributes.names());
    }

    /** Marks the attributes to report on besides department, location and seniority. */
    @PutMapping("/api/v1/fairness/protected-attributes")
    @Operation(operationId = "setProtectedAttributes", summary = "Mark the protected attributes",
            description = "Replaces the attributes to report on besides department, location and seniority; each must be one of `available`. For program administrators.")
    ProtectedAttributesView markProtected(@Valid @RequestBody ProtectedAttributesView request, Caller caller) {
        if (!caller.isAdmin()) {
            throw new ForbiddenException("Only program administrators choose the protected attributes.");
        }
        List<String> attributes = request.protectedAttributes() == null ? List.of() : request.protectedAttributes();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < attributes.size(); i++) {
            if (!FairnessAttributes.known(attributes.get(i))) {
                errors.add(new FieldError("protectedAttributes[" + i + "]",
                        "unknown attribute; one of " + FairnessAttributes.names()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        protectedAttributes.set(caller.tenantId(), List.copyOf(new LinkedHashSet<>(attributes)));
        return protectedAttributes(caller);
    }

    private static void requireOverseer(Caller caller) {
        if (!caller.isAdmin() && !caller.has(Role.OPS)) {
            throw new ForbiddenException("Fairness reports are for program administrators and operations.");
        }
    }

    record ProgramFairness(String programId, int mentees,
            @Size(max = MAX_ATTRIBUTES) List<@Size(max = MAX_ATTRIBUTE_NAME) String> protectedAttributes,
            @Size(max = MAX_ATTRIBUTES) List<AttributeFairness> attributes) {
    }

    /** @param available every attribute that can be marked */
    record ProtectedAttributesView(
            @Size(max = MAX_ATTRIBUTES) List<@Size(max = MAX_ATTRIBUTE_NAME) String> protectedAttributes,
            @Size(max = MAX_ATTRIBUTES) List<@Size(max = MAX_ATTRIBUTE_NAME) String> available) {
    }
}
