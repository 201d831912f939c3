package org.mentorat.platform.observability;

import com.mongodb.client.MongoDatabase;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;

/** Readiness means the broker and the service's database answer. */
@AutoConfiguration(afterName = "org.mentorat.platform.config.PlatformConfiguration")
class ObservabilityConfiguration {

    @Bean
    KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin kafkaAdmin) {
        return new KafkaHealthIndicator(kafkaAdmin);
    }

    /** Named so that it replaces Boot's {@code mongo} indicator. */
    @Bean
    MongoPingHealthIndicator mongoHealthIndicator(MongoDatabase database) {
        return new MongoPingHealthIndicator(database);
    }
}
