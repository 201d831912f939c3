package org.mentorat.platform.kafka;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param topic the topic the service's aggregates publish on, e.g. {@code session-events}
 * @param partitions partitions of each event topic (ordering is per aggregate, so more is fine)
 * @param replicationFactor 1 on a laptop, 3 in production
 * @param retryMaxAttempts retries of a failing record before it is dead-lettered
 */
@ConfigurationProperties("mentorat.events")
public record EventsProperties(
        String topic,
        @DefaultValue("3") int partitions,
        @DefaultValue("1") short replicationFactor,
        @DefaultValue("200ms") Duration retryInitialInterval,
        @DefaultValue("5s") Duration retryMaxInterval,
        @DefaultValue("4") int retryMaxAttempts) {
}
