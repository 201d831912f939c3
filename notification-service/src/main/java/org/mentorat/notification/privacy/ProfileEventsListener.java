package org.mentorat.notification.privacy;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.mentorat.events.Topics;
import org.mentorat.events.profile.ProfileErasureRequested;
import org.mentorat.platform.consumer.EventDispatcher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Thin adapter: profile-service's erasure requests in; other profile event types are skipped. */
@Component
class ProfileEventsListener {

    private final EventDispatcher dispatcher;

    ProfileEventsListener(PersonErasure erasure) {
        this.dispatcher = EventDispatcher.builder()
                .on(ProfileErasureRequested.class, erasure::on)
                .build();
    }

    @KafkaListener(topics = Topics.PROFILE_EVENTS, groupId = "notification-service")
    void on(ConsumerRecord<String, byte[]> record) {
        dispatcher.dispatch(record);
    }
}
