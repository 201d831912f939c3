package org.mentorat.session.mentorship;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.mentorat.events.EventSources;
import org.mentorat.events.Topics;
import org.mentorat.platform.outbox.AggregateStore;
import org.mentorat.platform.outbox.EventOrigin;
import org.mentorat.platform.outbox.OutboxSignal;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MentorshipConfiguration {

    /** A bean, so that the platform's outbox relay and gauges find the mentorships' outboxes. */
    @Bean
    AggregateStore mentorshipAggregates(MongoDatabase database, Clock clock, OutboxSignal signal) {
        return new AggregateStore(database.getCollection("mentorships"),
                new EventOrigin(Topics.SESSION_EVENTS, EventSources.SESSION), clock, signal);
    }
}
