package org.mentorat.profile.enrollment;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Map;

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
@EnrollmentRequest.RoleSpecificFields
record EnrollmentRequest(
        @NotBlank String personId,
        @NotNull EnrollmentRole role,
        @Min(1) @Max(20) Integer capacity,
        @Size(max = 30) List<@NotBlank @Size(max = 100) String> topics,
        @Size(max = 2000) String goals,
        MentoringStyle style,
        @Valid Availability availability,
        @Size(max = 50) Map<String, String> questionnaireAnswers) {

    /** Capacity is a mentor's, goals are a mentee's; sending one for the other role is a mistake worth saying. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = RoleSpecificFields.Validator.class)
    @interface RoleSpecificFields {

        String message() default "does not apply to this role";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        final class Validator implements ConstraintValidator<RoleSpecificFields, EnrollmentRequest> {

            @Override
            public boolean isValid(EnrollmentRequest request, ConstraintValidatorContext context) {
                boolean valid = true;
                context.disableDefaultConstraintViolation();
                if (request.role() == EnrollmentRole.MENTEE && request.capacity() != null) {
                    valid = reject(context, "capacity", "only mentors have a capacity");
                }
                if (request.role() == EnrollmentRole.MENTOR && request.goals() != null) {
                    valid = reject(context, "goals", "only mentees state goals");
                }
                return valid;
            }

            private static boolean reject(ConstraintValidatorContext context, String field, String message) {
                context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
                return false;
            }
        }
    }
}
