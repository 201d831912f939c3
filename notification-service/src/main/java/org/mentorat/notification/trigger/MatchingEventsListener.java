package org.mentorat.notification.trigger;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.mentorat.events.Topics;
import org.mentorat.events.matching.MatchProposed;
import org.mentorat.platform.consumer.EventDispatcher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Thin adapter: matching-service's facts in, triggers called; other matching event types are skipped. */
@Component
class MatchingEventsListener {

    private final EventDispatcher dispatcher;

    MatchingEventsListener(MatchProposals proposals) {
        this.dispatcher = EventDispatcher.builder()
                .on(MatchProposed.class, proposals::on)
                .build();
    }

    @KafkaListener(topics = Topics.MATCHING_EVENTS, groupId = "notification-service")
    void on(ConsumerRecord<String, byte[]> record) {
        dispatcher.dispatch(record);
    }
}
