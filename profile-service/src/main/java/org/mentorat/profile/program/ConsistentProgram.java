package org.mentorat.profile.program;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.mentorat.platform.web.FieldError;

/**
 * Rules that span several fields of a program (see {@link ProgramChecks}), reported on the field a
 * client should fix, in the same validation pass as the single-field constraints.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ConsistentProgram.Validator.class)
@interface ConsistentProgram {

    String message() default "is inconsistent";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<ConsistentProgram, ProgramDefinition> {

        @Override
        public boolean isValid(ProgramDefinition program, ConstraintValidatorContext context) {
            var problems = ProgramChecks.of(program);
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
