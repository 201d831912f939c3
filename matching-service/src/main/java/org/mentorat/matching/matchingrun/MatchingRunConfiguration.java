package org.mentorat.matching.matchingrun;

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
class MatchingRunConfiguration {

    /** A bean, so that the platform's outbox relay and gauges find the runs' outboxes. */
    @Bean
    AggregateStore runAggregates(MongoDatabase database, Clock clock, OutboxSignal signal) {
        return new AggregateStore(database.getCollection("matching_runs"),
                new EventOrigin(Topics.MATCHING_EVENTS, EventSources.MATCHING), clock, signal);
    }
}
