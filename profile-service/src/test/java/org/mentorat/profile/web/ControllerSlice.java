package org.mentorat.profile.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;

/**
 * Completes a {@code @WebMvcTest} of a profile controller with what the platform puts around it:
 * the resource server (the bearer token is verified and becomes the {@code Caller}), problem+json
 * errors and request validation. The platform adds its own parts to every {@code @WebMvcTest} slice
 * (its AutoConfigureWebMvc imports); this adds Boot's security around them. A slice is for
 * validation and errors, without a database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ImportAutoConfiguration({SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
        SecurityFilterAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class})
public @interface ControllerSlice {
}
