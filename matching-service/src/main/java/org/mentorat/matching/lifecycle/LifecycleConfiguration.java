package org.mentorat.matching.lifecycle;

import org.mentorat.events.Topics;
import org.mentorat.events.matching.MatchDeclined;
import org.mentorat.events.matching.MatchEnded;
import org.mentorat.events.matching.MatchExpired;
import org.mentorat.platform.consumer.EventSubscription;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Expiry and the clean-up of interrupted proposals run on the interval of {@link LifecycleSettings}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(LifecycleSettings.class)
class LifecycleConfiguration implements SchedulingConfigurer {

    private final ProposalExpiry expiry;
    private final StalePendingMatches stale;
    private final LifecycleSettings settings;

    LifecycleConfiguration(ProposalExpiry expiry, StalePendingMatches stale, LifecycleSettings settings) {
        this.expiry = expiry;
        this.stale = stale;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(expiry::expireDueNow, settings.expiryInterval());
        registrar.addFixedDelayTask(stale::abandonStale, settings.expiryInterval());
    }

    /** Declined, expired and ended matches give the mentor's capacity back. */
    @Bean
    EventSubscription matchingEventsForLifecycle(MatchClosings closings) {
        return EventSubscription.to(Topics.MATCHING_EVENTS, "matching-service")
                .on(MatchDeclined.class, closings::declined)
                .on(MatchExpired.class, closings::expired)
                .on(MatchEnded.class, closings::ended);
    }
}
