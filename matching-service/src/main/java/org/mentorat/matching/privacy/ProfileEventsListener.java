package org.mentorat.matching.privacy;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.mentorat.events.Topics;
import org.mentorat.events.profile.ProfileErasureRequested;
import org.mentorat.platform.consumer.EventDispatcher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Thin adapter: profile's erasure requests in; other profile event types are skipped. Its own
 * consumer group, because the read model's listener reads the same topic; an erasure that overtakes
 * a registration is caught by the read model's tombstone.
 */
@Component("privacyProfileEventsListener")
class ProfileEventsListener {

    private final EventDispatcher dispatcher;

    ProfileEventsListener(PersonErasure erasure) {
        this.dispatcher = EventDispatcher.builder()
                .on(ProfileErasureRequested.class, erasure::erase)
                .build();
    }

    @KafkaListener(topics = Topics.PROFILE_EVENTS, groupId = "matching-service-privacy")
    void on(ConsumerRecord<String, byte[]> record) {
        dispatcher.dispatch(record);
    }
}
