package org.mentorat.profile.program;

import org.mentorat.platform.security.EndpointRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Only administrators change programs; checked before a body is read. */
@Configuration(proxyBeanMethods = false)
class ProgramAccess {

    @Bean
    EndpointRules programRoles() {
        return requests -> requests
                .requestMatchers(HttpMethod.PATCH, "/api/v1/programs/*").hasRole("PROGRAM_ADMIN")
                .requestMatchers(HttpMethod.POST, "/api/v1/programs/*/publish", "/api/v1/programs/*/close")
                .hasRole("PROGRAM_ADMIN");
    }
}
