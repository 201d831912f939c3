package org.mentorat.session.program;

import org.mentorat.events.Topics;
import org.mentorat.events.profile.ProgramClosed;
import org.mentorat.events.profile.ProgramPublished;
import org.mentorat.platform.consumer.EventSubscription;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Published and closed programs into the program read model, in a consumer group of its own. */
@Configuration(proxyBeanMethods = false)
class ProgramConfiguration {

    @Bean
    EventSubscription profileEventsForPrograms(Programs programs) {
        return EventSubscription.to(Topics.PROFILE_EVENTS, "session-service-program")
                .on(ProgramPublished.class, programs::published)
                .on(ProgramClosed.class, programs::closed);
    }
}
