package org.mentorat.platform.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Role rules a service declares per endpoint. They are checked in the security filter, before
 * the body is read, so a caller without the role learns nothing from validation errors.
 */
@FunctionalInterface
public interface EndpointRules {

    void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);
}
