package org.mentorat.profile.enrollment;

import org.mentorat.platform.security.EndpointRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Only administrators list a program's enrolments; one enrolment is checked per person in the handler. */
@Configuration(proxyBeanMethods = false)
class EnrollmentAccess {

    @Bean
    EndpointRules enrollmentRoles() {
        return requests -> requests
                .requestMatchers(HttpMethod.GET, "/api/v1/programs/*/enrollments").hasRole("PROGRAM_ADMIN");
    }
}
