package org.mentorat.profile.people;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.mentorat.events.EventSources;
import org.mentorat.events.Topics;
import org.mentorat.platform.outbox.AggregateStore;
import org.mentorat.platform.outbox.EventOrigin;
import org.mentorat.platform.outbox.OutboxSignal;
import org.mentorat.platform.security.EndpointRules;
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

    /** A bean, so that the platform's outbox relay and gauges find the people's outboxes. */
    @Bean
    AggregateStore personAggregates(MongoDatabase database, Clock clock, OutboxSignal signal) {
        return new AggregateStore(database.getCollection("people"),
                new EventOrigin(Topics.PROFILE_EVENTS, EventSources.PROFILE), clock, signal);
    }
}
