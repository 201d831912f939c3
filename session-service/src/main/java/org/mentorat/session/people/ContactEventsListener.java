package org.mentorat.session.people;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.mentorat.events.Topics;
import org.mentorat.events.profile.ContactDetailsChanged;
import org.mentorat.platform.consumer.EventDispatcher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Thin adapter: profile's contact details in; other profile event types are skipped. Its own
 * consumer group, so it reads every profile event beside the privacy feature's listener.
 */
@Component
class ContactEventsListener {

    private final EventDispatcher dispatcher;

    ContactEventsListener(Contacts contacts) {
        this.dispatcher = EventDispatcher.builder()
                .on(ContactDetailsChanged.class, contacts::record)
                .build();
    }

    @KafkaListener(topics = Topics.PROFILE_EVENTS, groupId = "session-service-people")
    void on(ConsumerRecord<String, byte[]> record) {
        dispatcher.dispatch(record);
    }
}
