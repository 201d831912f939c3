package org.mentorat.profile.program;

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

    /** A bean, so that the platform's outbox relay and gauges find the programs' outboxes. */
    @Bean
    AggregateStore programAggregates(MongoDatabase database, Clock clock, OutboxSignal signal) {
        return new AggregateStore(database.getCollection("programs"),
                new EventOrigin(Topics.PROFILE_EVENTS, EventSources.PROFILE), clock, signal);
    }
}
