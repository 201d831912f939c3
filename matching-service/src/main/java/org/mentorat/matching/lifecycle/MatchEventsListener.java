package org.mentorat.matching.lifecycle;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.mentorat.events.Topics;
import org.mentorat.events.matching.MatchDeclined;
import org.mentorat.events.matching.MatchEnded;
import org.mentorat.events.matching.MatchExpired;
import org.mentorat.platform.consumer.EventDispatcher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Thin adapter: matching's own closings in; other matching event types are skipped. */
@Component
class MatchEventsListener {

    private final EventDispatcher dispatcher;

    MatchEventsListener(MatchClosings closings) {
        this.dispatcher = EventDispatcher.builder()
                .on(MatchDeclined.class, closings::declined)
                .on(MatchExpired.class, closings::expired)
                .on(MatchEnded.class, closings::ended)
                .build();
    }

    @KafkaListener(topics = Topics.MATCHING_EVENTS, groupId = "matching-service")
    void on(ConsumerRecord<String, byte[]> record) {
        dispatcher.dispatch(record);
    }
}
