package org.mentorat.profile;

import org.mentorat.events.EventSources;
import org.mentorat.events.Topics;
import org.mentorat.platform.store.AggregateStore;
import org.mentorat.platform.store.EventOrigin;
import org.mentorat.platform.store.Stores;
import org.mentorat.platform.security.EndpointRules;
import org.springframework.http.HttpMethod;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;

/** People, programs and enrolments: where an employer's people enter Mentorat. */
@SpringBootApplication
public class ProfileServiceApplication {

    public static final String CONFIG_NAME = "spring.config.name=profile-service";

    public static void main(String[] args) {
        new SpringApplicationBuilder(ProfileServiceApplication.class).properties(CONFIG_NAME).run(args);
    }

    /** Only administrators define programs; administrators and HR integrations register people. */
    @Bean
    EndpointRules profileRoles() {
        return requests -> requests
                .requestMatchers(HttpMethod.POST, "/api/v1/people").hasAnyRole("PROGRAM_ADMIN", "HR_INTEGRATION")
                .requestMatchers(HttpMethod.GET, "/api/v1/people").hasAnyRole("PROGRAM_ADMIN", "HR_INTEGRATION")
                .requestMatchers(HttpMethod.PUT, "/api/v1/skill-taxonomy/**").hasRole("PROGRAM_ADMIN")
                .requestMatchers(HttpMethod.POST, "/api/v1/programs").hasRole("PROGRAM_ADMIN");
    }

    @Bean
    EventOrigin profileEvents() {
        return new EventOrigin(Topics.PROFILE_EVENTS, EventSources.PROFILE);
    }

    @Bean
    AggregateStore peopleStore(Stores stores, EventOrigin origin) {
        return stores.forDocuments("people", origin);
    }

    @Bean
    AggregateStore programStore(Stores stores, EventOrigin origin) {
        return stores.forDocuments("programs", origin);
    }

    @Bean
    AggregateStore enrollmentStore(Stores stores, EventOrigin origin) {
        return stores.forDocuments("enrollments", origin);
    }
}
