package org.mentorat.session.people;

import org.mentorat.events.Topics;
import org.mentorat.events.profile.ContactDetailsChanged;
import org.mentorat.platform.consumer.EventSubscription;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** People's contact details into the people read model, in a consumer group of its own. */
@Configuration(proxyBeanMethods = false)
class PeopleConfiguration {

    @Bean
    EventSubscription profileEventsForPeople(Contacts contacts) {
        return EventSubscription.to(Topics.PROFILE_EVENTS, "session-service-people")
                .on(ContactDetailsChanged.class, contacts::record);
    }
}
