package org.mentorat.session.privacy;

import org.mentorat.events.Topics;
import org.mentorat.events.profile.ProfileErasureRequested;
import org.mentorat.platform.consumer.EventSubscription;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Profile's erasure requests in; other profile event types are skipped. */
@Configuration(proxyBeanMethods = false)
class PrivacyConfiguration {

    @Bean
    EventSubscription profileEventsForPrivacy(PersonErasure erasure) {
        return EventSubscription.to(Topics.PROFILE_EVENTS, "session-service")
                .on(ProfileErasureRequested.class, erasure::erase);
    }
}
