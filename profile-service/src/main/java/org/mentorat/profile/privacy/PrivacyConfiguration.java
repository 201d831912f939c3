package org.mentorat.profile.privacy;

import java.time.Clock;
import org.mentorat.events.EventSources;
import org.mentorat.events.Topics;
import org.mentorat.events.privacy.ErasureCompleted;
import org.mentorat.platform.consumer.EventSubscription;
import org.mentorat.platform.store.EventOrigin;
import org.mentorat.platform.store.Stores;
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
    ErasureStore erasureStore(Stores stores, Clock clock) {
        return new ErasureStore(stores.forDocuments("erasures",
                new EventOrigin(Topics.PRIVACY_RECEIPTS, EventSources.PROFILE)), clock);
    }

    /** Every service's erasure receipts in, the collector called. */
    @Bean
    EventSubscription privacyReceipts(ReceiptCollector collector) {
        return EventSubscription.to(Topics.PRIVACY_RECEIPTS, "profile-service-erasures")
                .on(ErasureCompleted.class, collector::record);
    }
}
