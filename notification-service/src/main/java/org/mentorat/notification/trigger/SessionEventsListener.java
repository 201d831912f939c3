package org.mentorat.notification.trigger;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.mentorat.events.Topics;
import org.mentorat.events.session.MentorshipStarted;
import org.mentorat.events.session.SessionCompleted;
import org.mentorat.platform.consumer.EventDispatcher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Thin adapter: session-service's facts in, triggers called; other session event types are skipped. */
@Component
class SessionEventsListener {

    private final EventDispatcher dispatcher;

    SessionEventsListener(FeedbackRequests feedbackRequests, MentorshipWelcomes welcomes) {
        this.dispatcher = EventDispatcher.builder()
                .on(SessionCompleted.class, feedbackRequests::on)
                .on(MentorshipStarted.class, welcomes::on)
                .build();
    }

    @KafkaListener(topics = Topics.SESSION_EVENTS, groupId = "notification-service")
    void on(ConsumerRecord<String, byte[]> record) {
        dispatcher.dispatch(record);
    }
}
