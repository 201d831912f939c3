package org.mentorat.matching.match;

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
class MatchConfiguration {

    /** A bean, so that the platform's outbox relay and gauges find the matches' outboxes. */
    @Bean
    AggregateStore matchAggregates(MongoDatabase database, Clock clock, OutboxSignal signal) {
        return new AggregateStore(database.getCollection("matches"),
                new EventOrigin(Topics.MATCHING_EVENTS, EventSources.MATCHING), clock, signal);
    }
}
