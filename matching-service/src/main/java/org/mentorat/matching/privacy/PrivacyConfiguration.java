package org.mentorat.matching.privacy;

import org.mentorat.events.Topics;
import org.mentorat.events.profile.ProfileErasureRequested;
import org.mentorat.platform.consumer.EventSubscription;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Profile's erasure requests in, in a consumer group of its own; other profile event types are skipped. */
@Configuration(proxyBeanMethods = false)
class PrivacyConfiguration {

    @Bean
    EventSubscription profileEventsForPrivacy(PersonErasure erasure) {
        return EventSubscription.to(Topics.PROFILE_EVENTS, "matching-service-privacy")
                .on(ProfileErasureRequested.class, erasure::erase);
    }
}
