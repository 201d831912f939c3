package org.mentorat.session.program;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.mentorat.events.Topics;
import org.mentorat.events.profile.ProgramClosed;
import org.mentorat.events.profile.ProgramPublished;
import org.mentorat.platform.consumer.EventDispatcher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Thin adapter: profile's program facts in (its own consumer group); other profile event types are skipped. */
@Component
class ProgramCatalogListener {

    private final EventDispatcher dispatcher;

    ProgramCatalogListener(Programs programs) {
        this.dispatcher = EventDispatcher.builder()
                .on(ProgramPublished.class, programs::published)
                .on(ProgramClosed.class, programs::closed)
                .build();
    }

    @KafkaListener(topics = Topics.PROFILE_EVENTS, groupId = "session-service-program")
    void on(ConsumerRecord<String, byte[]> record) {
        dispatcher.dispatch(record);
    }
}
