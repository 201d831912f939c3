package org.mentorat.profile.privacy;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.mentorat.events.EventSources;
import org.mentorat.events.Topics;
import org.mentorat.platform.outbox.AggregateStore;
import org.mentorat.platform.outbox.EventOrigin;
import org.mentorat.platform.outbox.OutboxSignal;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PrivacyProperties.class)
class PrivacyConfiguration {

    /**
     * Erasure records keep their own outbox, which publishes profile-service's receipt on
     * {@code privacy-receipts} in the same write that records the confirmation.
     */
    @Bean
    AggregateStore erasureAggregates(MongoDatabase database, Clock clock, OutboxSignal signal) {
        return new AggregateStore(database.getCollection("erasures"),
                new EventOrigin(Topics.PRIVACY_RECEIPTS, EventSources.PROFILE), clock, signal);
    }
}
