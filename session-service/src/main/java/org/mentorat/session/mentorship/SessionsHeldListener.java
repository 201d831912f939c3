package org.mentorat.session.mentorship;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.mentorat.events.Topics;
import org.mentorat.events.session.SessionCompleted;
import org.mentorat.platform.consumer.EventDispatcher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Thin adapter on this service's own session-events, in the mentorship feature's consumer group:
 * a held session completes a FLASH mentorship. Reacting to the published event rather than calling
 * across features keeps it crash-safe: the session's completion and its event are one write, and
 * the event is delivered until this group has applied it.
 */
@Component
class SessionsHeldListener {

    private final EventDispatcher dispatcher;

    SessionsHeldListener(MentorshipEndings endings) {
        this.dispatcher = EventDispatcher.builder()
                .on(SessionCompleted.class, endings::sessionHeld)
                .build();
    }

    @KafkaListener(topics = Topics.SESSION_EVENTS, groupId = "session-service-mentorship")
    void on(ConsumerRecord<String, byte[]> record) {
        dispatcher.dispatch(record);
    }
}
