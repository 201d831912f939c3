package org.mentorat.matching.lifecycle;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
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
}
