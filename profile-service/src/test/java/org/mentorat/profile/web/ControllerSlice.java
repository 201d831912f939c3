package org.mentorat.profile.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;

/**
 * Completes a {@code @WebMvcTest} of a profile controller with what the platform adds around it:
 * problem+json errors, request validation, and the {@code Caller} read from the bearer token (not
 * verified here: the ITs cover security; a slice is for validation and errors, in milliseconds).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import(ControllerSliceConfiguration.class)
public @interface ControllerSlice {
}
