package org.mentorat.platform.privacy;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.mentorat.events.Topics;
import org.mentorat.platform.outbox.AggregateStore;
import org.mentorat.platform.outbox.EventOrigin;
import org.mentorat.platform.outbox.OutboxSignal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Every service that holds personal data answers erasure requests with a receipt; services turn
 * it on with {@code mentorat.privacy.receipts.enabled=true}. The receipts' store is an ordinary
 * aggregate store, so the relay publishes them like any other event.
 */
@AutoConfiguration(afterName = "org.mentorat.platform.config.PlatformConfiguration")
@ConditionalOnProperty(name = "mentorat.privacy.receipts.enabled", havingValue = "true")
public class ErasureReceiptsConfiguration {

    @Bean
    AggregateStore erasureReceiptStore(MongoDatabase database, Clock clock, OutboxSignal signal,
            @Value("${spring.application.name}") String service) {
        return new AggregateStore(database.getCollection("erasure_receipts"),
                new EventOrigin(Topics.PRIVACY_RECEIPTS, "/" + service), clock, signal);
    }

    @Bean
    ErasureReceipts erasureReceipts(AggregateStore erasureReceiptStore, Clock clock,
            @Value("${spring.application.name}") String service) {
        return new ErasureReceipts(erasureReceiptStore, service, clock);
    }
}
