package org.mentorat.profile.enrollment;

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
class EnrollmentConfiguration {

    /** Only administrators list a program's enrolments; one enrolment is checked per person in the handler. */
    @Bean
    EndpointRules enrollmentRoles() {
        return requests -> requests
                .requestMatchers(HttpMethod.GET, "/api/v1/programs/*/enrollments").hasRole("PROGRAM_ADMIN");
    }

    /** A bean, so that the platform's outbox relay and gauges find the enrolments' outboxes. */
    @Bean
    AggregateStore enrollmentAggregates(MongoDatabase database, Clock clock, OutboxSignal signal) {
        return new AggregateStore(database.getCollection("enrollments"),
                new EventOrigin(Topics.PROFILE_EVENTS, EventSources.PROFILE), clock, signal);
    }
}
