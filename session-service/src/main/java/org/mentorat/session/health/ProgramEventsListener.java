package org.mentorat.session.health;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.mentorat.events.Topics;
import org.mentorat.events.profile.ProgramPublished;
import org.mentorat.platform.consumer.EventDispatcher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Thin adapter: a published program's name and stall threshold in; other profile event types are skipped. */
@Component
class ProgramEventsListener {

    private final EventDispatcher dispatcher;

    ProgramEventsListener(HealthEvents events) {
        this.dispatcher = EventDispatcher.builder()
                .on(ProgramPublished.class, events::programPublished)
                .build();
    }

    @KafkaListener(topics = Topics.PROFILE_EVENTS, groupId = "session-service-health")
    void on(ConsumerRecord<String, byte[]> record) {
        dispatcher.dispatch(record);
    }
}
