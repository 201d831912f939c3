package org.mentorat.platform.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.ZoneOffset;
import org.mentorat.platform.consumer.ProcessedEventLedger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaTemplate;

/** The service kit's basics: the clock, the service's own database, the idempotency ledger. */
@AutoConfiguration(afterName = {
        "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration",
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration"})
class PlatformConfiguration {

    /**
     * MongoDB keeps dates to the millisecond: a clock that ticks in milliseconds makes the times
     * we answer and publish equal to the ones read back later.
     */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.tickMillis(ZoneOffset.UTC);
    }

    /** The service's own database, named in {@code spring.mongodb.uri} (one database per service). */
    @Bean
    MongoDatabase serviceDatabase(MongoClient client, MongoConnectionDetails connection,
            @Value("${spring.application.name}") String applicationName) {
        String database = connection.getConnectionString().getDatabase();
        return client.getDatabase(database != null ? database : applicationName);
    }

    @Bean
    ProcessedEventLedger processedEventLedger(MongoDatabase database, Clock clock) {
        return new ProcessedEventLedger(database, clock);
    }
}
