package org.mentorat.platform.store;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param pollInterval how often the relay looks for pending events when no write woke it
 * @param lease how long an instance owns an aggregate's pending events while sending them
 * @param sendTimeout how long to wait for the broker's acknowledgement of one event
 */
@ConfigurationProperties("mentorat.outbox")
public record OutboxProperties(
        @DefaultValue("500ms") Duration pollInterval,
        @DefaultValue("30s") Duration lease,
        @DefaultValue("10s") Duration sendTimeout) {
}
