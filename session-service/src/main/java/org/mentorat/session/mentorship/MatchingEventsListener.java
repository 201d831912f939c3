package org.mentorat.session.mentorship;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.mentorat.events.Topics;
import org.mentorat.events.matching.MatchAccepted;
import org.mentorat.events.matching.MatchEnded;
import org.mentorat.platform.consumer.EventDispatcher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Thin adapter: matching's facts in, handlers called; other matching event types are skipped. */
@Component
class MatchingEventsListener {

    private final EventDispatcher dispatcher;

    MatchingEventsListener(MentorshipOpener opener, MentorshipEndings endings) {
        this.dispatcher = EventDispatcher.builder()
                .on(MatchAccepted.class, opener::open)
                .on(MatchEnded.class, endings::matchEnded)
                .build();
    }

    @KafkaListener(topics = Topics.MATCHING_EVENTS, groupId = "session-service")
    void on(ConsumerRecord<String, byte[]> record) {
        dispatcher.dispatch(record);
    }
}
