package org.mentorat.notification.program;

import com.mongodb.client.MongoDatabase;
import org.mentorat.events.Topics;
import org.mentorat.events.profile.ProgramClosed;
import org.mentorat.events.profile.ProgramPublished;
import org.mentorat.platform.consumer.EventSubscription;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Programs published and closed into the program settings read model, in the consumer group of
 * the read models of profile's facts (see the contact feature's configuration).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProgramDefaults.class)
class ProgramSettingsConfiguration {

    @Bean
    ProgramSettingsStore programSettingsStore(MongoDatabase database) {
        return new ProgramSettingsStore(database);
    }

    @Bean
    EventSubscription profileEventsForProgramSettings(ProgramSettings settings) {
        return EventSubscription.to(Topics.PROFILE_EVENTS, "notification-service-read-models")
                .on(ProgramPublished.class, settings::publish)
                .on(ProgramClosed.class, settings::close);
    }
}
