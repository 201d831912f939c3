package org.mentorat.notification.inbox;

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
class InboxConfiguration {

    /** A bean, so that the platform's outbox relay and gauges find the notifications' outboxes. */
    @Bean
    AggregateStore notificationAggregates(MongoDatabase database, Clock clock, OutboxSignal signal) {
        return new AggregateStore(database.getCollection("notifications"),
                new EventOrigin(Topics.NOTIFICATION_EVENTS, EventSources.NOTIFICATION), clock, signal);
    }
}
