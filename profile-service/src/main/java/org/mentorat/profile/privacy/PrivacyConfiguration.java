package org.mentorat.profile.privacy;

import org.mentorat.events.EventSources;
import org.mentorat.events.Topics;
import org.mentorat.platform.store.AggregateStore;
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
    AggregateStore erasureStore(Stores stores) {
        return stores.forDocuments("erasures", new EventOrigin(Topics.PRIVACY_RECEIPTS, EventSources.PROFILE));
    }
}
