package org.mentorat.notification.inbox;

import org.mentorat.events.EventSources;
import org.mentorat.events.Topics;
import org.mentorat.platform.store.AggregateStore;
import org.mentorat.platform.store.EventOrigin;
import org.mentorat.platform.store.Stores;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class InboxConfiguration {

    /** A bean, so that the platform's outbox relay and gauges find the notifications' outboxes. */
    @Bean
    AggregateStore notificationAggregates(Stores stores) {
        return stores.forDocuments("notifications", new EventOrigin(Topics.NOTIFICATION_EVENTS, EventSources.NOTIFICATION));
    }
}
