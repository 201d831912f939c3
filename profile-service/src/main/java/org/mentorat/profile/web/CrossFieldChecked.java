package org.mentorat.profile.web;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import org.mentorat.platform.web.FieldError;

/**
 * Rules that span several fields of a request, reported on the field a client should fix (a dotted
 * path for a nested one), in the same validation pass as the single-field constraints. The
 * annotated type says what is wrong by implementing {@link Checks}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CrossFieldChecked.Validator.class)
public @interface CrossFieldChecked {

    String message() default "is inconsistent";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** A request that knows its cross-field rules. */
    interface Checks {

        /** Empty when the fields agree with each other. */
        @JsonIgnore
        List<FieldError> crossFieldProblems();
    }

    final class Validator implements ConstraintValidator<CrossFieldChecked, Checks> {

        @Override
        public boolean isValid(Checks value, ConstraintValidatorContext context) {
            List<FieldError> problems = value.crossFieldProblems();
            if (problems.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            for (FieldError problem : problems) {
                var builder = context.buildConstraintViolationWithTemplate(problem.message());
                String[] path = problem.field().split("\\.");
                var node = builder.addPropertyNode(path[0]);
                for (int i = 1; i < path.length; i++) {
                    node = node.addPropertyNode(path[i]);
                }
                node.addConstraintViolation();
            }
            return false;
        }
    }
}
