package org.mentorat.profile.people;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.mentorat.platform.security.EndpointRules;
import org.mentorat.platform.store.Stores;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class PeopleConfiguration {

    /** Administrators and HR integrations register and search people; administrators define skills. */
    @Bean
    EndpointRules peopleRoles() {
        return requests -> requests
                .requestMatchers(HttpMethod.POST, "/api/v1/people").hasAnyRole("PROGRAM_ADMIN", "HR_INTEGRATION")
                .requestMatchers(HttpMethod.GET, "/api/v1/people").hasAnyRole("PROGRAM_ADMIN", "HR_INTEGRATION")
                .requestMatchers(HttpMethod.PUT, "/api/v1/skill-taxonomy/**").hasRole("PROGRAM_ADMIN");
    }

    @Bean
    PersonStore personStore(Stores stores, Clock clock) {
        return new PersonStore(stores.forDocuments("people"), clock);
    }

    @Bean
    SkillTaxonomyStore skillTaxonomyStore(MongoDatabase database) {
        return new SkillTaxonomyStore(database.getCollection("skill_taxonomy"));
    }
}
