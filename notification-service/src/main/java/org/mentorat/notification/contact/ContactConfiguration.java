package org.mentorat.notification.contact;

import com.mongodb.client.MongoDatabase;
import org.mentorat.events.Topics;
import org.mentorat.events.profile.ContactDetailsChanged;
import org.mentorat.events.profile.ProfileDeactivated;
import org.mentorat.events.profile.ProfileReactivated;
import org.mentorat.notification.privacy.ErasesPerson;
import org.mentorat.platform.consumer.EventSubscription;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * People's contact details, deactivations and reactivations (rehires) into the contacts read model. The read models of
 * profile's facts (contacts, program settings) share a consumer group apart from the service's
 * reactions to events: a projection reads every profile event at its own pace, and the kit runs
 * one container for the group.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ContactSettings.class)
class ContactConfiguration {

    @Bean
    ContactStore contactStore(MongoDatabase database) {
        return new ContactStore(database);
    }

    @Bean
    EventSubscription profileEventsForContacts(Contacts contacts) {
        return EventSubscription.to(Topics.PROFILE_EVENTS, "notification-service-read-models")
                .on(ContactDetailsChanged.class, contacts::record)
                .on(ProfileDeactivated.class, contacts::deactivate)
                .on(ProfileReactivated.class, contacts::reactivate);
    }

    /** Last: what is still queued for the person is erased before how to address them is. */
    @Bean
    @Order(40)
    ErasesPerson contactDetailsErasure(Contacts contacts) {
        return ErasesPerson.of("contact details", (tenantId, personId) -> {
            contacts.forget(tenantId, personId);
            return 1;
        });
    }
}
