package org.mentorat.session.health;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.mentorat.events.Topics;
import org.mentorat.events.session.FeedbackSubmitted;
import org.mentorat.events.session.GoalAchieved;
import org.mentorat.events.session.GoalSet;
import org.mentorat.events.session.MentorshipCompleted;
import org.mentorat.events.session.MentorshipEnded;
import org.mentorat.events.session.MentorshipPaused;
import org.mentorat.events.session.MentorshipResumed;
import org.mentorat.events.session.MentorshipStarted;
import org.mentorat.events.session.SessionCompleted;
import org.mentorat.events.session.SurveySubmitted;
import org.mentorat.platform.consumer.EventDispatcher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Thin adapter: session-service's own facts in, in a consumer group of their own, so the
 * projection can be rebuilt by replaying the topic. MentorshipStalled is not read back: this
 * feature writes the stall flag in the same write that publishes it. One consumer per partition
 * of the topic (three by default): events of different aggregates are projected side by side.
 */
@Component
class SessionEventsListener {

    private final EventDispatcher dispatcher;

    SessionEventsListener(HealthEvents events) {
        this.dispatcher = EventDispatcher.builder()
                .on(MentorshipStarted.class, events::started)
                .on(MentorshipPaused.class, events::paused)
                .on(MentorshipResumed.class, events::resumed)
                .on(MentorshipCompleted.class, events::completed)
                .on(MentorshipEnded.class, events::ended)
                .on(SessionCompleted.class, events::sessionHeld)
                .on(GoalSet.class, events::goalSet)
                .on(GoalAchieved.class, events::goalAchieved)
                .on(FeedbackSubmitted.class, events::rated)
                .on(SurveySubmitted.class, events::surveyed)
                .build();
    }

    @KafkaListener(topics = Topics.SESSION_EVENTS, groupId = "session-service-health", concurrency = "3")
    void on(ConsumerRecord<String, byte[]> record) {
        dispatcher.dispatch(record);
    }
}
