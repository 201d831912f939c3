package org.mentorat.profile.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.mentorat.testkit.RealInfrastructure;
import org.springframework.context.annotation.Import;

/**
 * Completes a {@code @WebMvcTest} of a profile controller with what the platform adds around it:
 * problem+json errors, request validation, and the {@code Caller} read from the bearer token (not
 * verified here: the ITs cover security; a slice is for validation and errors, in milliseconds).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import(ControllerSliceConfiguration.class)
// testkit's context customizer fails on a Spring test without @RealInfrastructure; the slice uses
// neither broker nor database, but starts them until the kit's customizer tolerates its absence
@RealInfrastructure(database = "profile")
public @interface ControllerSlice {
}
