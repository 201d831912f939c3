package org.mentorat.platform.privacy;

import java.time.Clock;
import org.mentorat.events.Topics;
import org.mentorat.platform.store.EventOrigin;
import org.mentorat.platform.store.Stores;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Every service that holds personal data answers erasure requests with a receipt; services turn
 * it on with {@code mentorat.privacy.receipts.enabled=true}. The receipts' store is an ordinary
 * aggregate store, so the relay publishes them like any other event.
 */
@AutoConfiguration(afterName = "org.mentorat.platform.store.StoreConfiguration")
@ConditionalOnProperty(name = "mentorat.privacy.receipts.enabled", havingValue = "true")
public class ErasureReceiptsConfiguration {

    @Bean
    ErasureReceipts erasureReceipts(Stores stores, Clock clock, @Value("${spring.application.name}") String service) {
        return new ErasureReceipts(stores.forDocuments("erasure_receipts",
                new EventOrigin(Topics.PRIVACY_RECEIPTS, "/" + service)), service, clock);
    }
}
