package org.mentorat.profile.enrollment;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** A weekly time a person prefers to meet, in local time of their own time zone. */
@PreferredSlot.EndsAfterStart
record PreferredSlot(@NotNull DayOfWeek day, @NotNull LocalTime start, @NotNull LocalTime end) {

    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = EndsAfterStart.Validator.class)
    @interface EndsAfterStart {

        String message() default "must be after start";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        final class Validator implements ConstraintValidator<EndsAfterStart, PreferredSlot> {

            @Override
            public boolean isValid(PreferredSlot slot, ConstraintValidatorContext context) {
                if (slot.start() == null || slot.end() == null || slot.end().isAfter(slot.start())) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                        .addPropertyNode("end").addConstraintViolation();
                return false;
            }
        }
    }
}
