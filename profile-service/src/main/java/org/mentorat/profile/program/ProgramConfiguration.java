package org.mentorat.profile.program;

import org.mentorat.platform.security.EndpointRules;
import org.mentorat.platform.store.Stores;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class ProgramConfiguration {

    /** Only administrators create and change programs; checked before a body is read. */
    @Bean
    EndpointRules programRoles() {
        return requests -> requests
                .requestMatchers(HttpMethod.POST, "/api/v1/programs").hasRole("PROGRAM_ADMIN")
                .requestMatchers(HttpMethod.PATCH, "/api/v1/programs/*").hasRole("PROGRAM_ADMIN")
                .requestMatchers(HttpMethod.POST, "/api/v1/programs/*/publish", "/api/v1/programs/*/close")
                .hasRole("PROGRAM_ADMIN");
    }

    @Bean
    ProgramStore programStore(Stores stores) {
        return new ProgramStore(stores.forDocuments("programs"));
    }
}
