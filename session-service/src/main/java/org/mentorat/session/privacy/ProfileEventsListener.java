package org.mentorat.session.privacy;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.mentorat.events.Topics;
import org.mentorat.events.profile.ProfileErasureRequested;
import org.mentorat.platform.consumer.EventDispatcher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Thin adapter: profile's erasure requests in; other profile event types are skipped. */
@Component
class ProfileEventsListener {

    private final EventDispatcher dispatcher;

    ProfileEventsListener(PersonErasure erasure) {
        this.dispatcher = EventDispatcher.builder()
                .on(ProfileErasureRequested.class, erasure::erase)
                .build();
    }

    @KafkaListener(topics = Topics.PROFILE_EVENTS, groupId = "session-service")
    void on(ConsumerRecord<String, byte[]> record) {
        dispatcher.dispatch(record);
    }
}
