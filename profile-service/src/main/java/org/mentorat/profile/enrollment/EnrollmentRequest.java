package org.mentorat.profile.enrollment;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mentorat.platform.web.FieldError;
import org.mentorat.platform.web.Identifiers;
import org.mentorat.profile.web.CrossFieldChecked;

/**
 * An enrolment as a mentor or as a mentee.
 *
 * @param capacity mentors only: how many mentees at once (default 1); the group size in a
 *     {@code GROUP} program
 * @param topics topics a mentor offers, or a mentee wants
 * @param goals mentees only: their goals in their own words
 * @param style a mentor's own style, or the style a mentee prefers
 * @param questionnaireAnswers answers to the built-in questionnaire (question id → option id);
 *     when given they become the person's questionnaire result, otherwise the stored one is used
 */
@CrossFieldChecked
record EnrollmentRequest(
        @NotBlank @Size(max = Identifiers.MAX_LENGTH) String personId,
        @NotNull EnrollmentRole role,
        @Min(1) @Max(20) Integer capacity,
        @Size(max = 30) List<@NotBlank @Size(max = 100) String> topics,
        @Size(max = 2000) String goals,
        MentoringStyle style,
        @Valid Availability availability,
        @Size(max = 50) @Schema(description = "Question id to option id, each at most 64 characters")
        Map<@Size(max = 64) String, @Size(max = 64) String> questionnaireAnswers) implements CrossFieldChecked.Checks {

    /** Capacity is a mentor's, goals are a mentee's; sending one for the other role is a mistake worth saying. */
    @Override
    public List<FieldError> crossFieldProblems() {
        List<FieldError> problems = new ArrayList<>();
        if (role == EnrollmentRole.MENTEE && capacity != null) {
            problems.add(new FieldError("capacity", "only mentors have a capacity"));
        }
        if (role == EnrollmentRole.MENTOR && goals != null) {
            problems.add(new FieldError("goals", "only mentees state goals"));
        }
        return problems;
    }
}
