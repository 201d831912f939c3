package org.mentorat.profile.enrollment;

import org.mentorat.platform.security.EndpointRules;
import org.mentorat.platform.store.Stores;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class EnrollmentConfiguration {

    /** Only administrators list a program's enrolments; one enrolment is checked per person in the handler. */
    @Bean
    EndpointRules enrollmentRoles() {
        return requests -> requests
                .requestMatchers(HttpMethod.GET, "/api/v1/programs/*/enrollments").hasRole("PROGRAM_ADMIN");
    }

    @Bean
    EnrollmentStore enrollmentStore(Stores stores) {
        return new EnrollmentStore(stores.forDocuments("enrollments"));
    }
}
