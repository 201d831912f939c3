package org.mentorat.platform.store;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.UUID;
import org.mentorat.platform.kafka.EventsProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The document outbox: the stores every service makes its aggregates' stores with, and the relay
 * that publishes what they wrote.
 */
@AutoConfiguration(afterName = {"org.mentorat.platform.config.PlatformConfiguration",
        "org.mentorat.platform.kafka.KafkaEventsConfiguration"})
@EnableConfigurationProperties(OutboxProperties.class)
class StoreConfiguration {

    @Bean
    OutboxSignal outboxSignal() {
        return new OutboxSignal();
    }

    /** Stores publish on {@code mentorat.events.topic} with the service as {@code ce_source}. */
    @Bean
    Stores stores(MongoDatabase database, EventsProperties events, Clock clock, OutboxSignal signal,
            @Value("${spring.application.name}") String applicationName) {
        EventOrigin serviceOrigin = events.topic() == null ? null : new EventOrigin(events.topic(), "/" + applicationName);
        return new Stores(database, serviceOrigin, clock, signal);
    }

    @Bean
    @ConditionalOnMissingBean
    OutboxAcknowledger outboxAcknowledger() {
        return OutboxAcknowledger.pullSentEvents();
    }

    @Bean
    OutboxRelay outboxRelay(Stores stores, KafkaTemplate<String, byte[]> kafka, OutboxAcknowledger acknowledger,
            OutboxProperties properties, OutboxSignal signal, Clock clock,
            @Value("${spring.application.name}") String applicationName) {
        return new OutboxRelay(stores, kafka, acknowledger, properties, signal, clock,
                applicationName + "-" + UUID.randomUUID());
    }

    @Bean
    OutboxRelayRunner outboxRelayRunner(OutboxRelay relay, OutboxSignal signal, OutboxProperties properties) {
        return new OutboxRelayRunner(relay, signal, properties);
    }

    @Bean
    OutboxMetrics outboxMetrics(Stores stores, Clock clock, MeterRegistry registry) {
        return new OutboxMetrics(stores, clock, registry);
    }
}
