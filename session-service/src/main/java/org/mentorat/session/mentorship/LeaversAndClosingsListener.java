package org.mentorat.session.mentorship;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.mentorat.events.Topics;
import org.mentorat.events.profile.ProfileDeactivated;
import org.mentorat.events.profile.ProgramClosed;
import org.mentorat.platform.consumer.EventDispatcher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Thin adapter on profile-events, in its own consumer group: deactivated people and closed
 * programs end or complete mentorships; other profile event types are skipped.
 */
@Component
class LeaversAndClosingsListener {

    private final EventDispatcher dispatcher;

    LeaversAndClosingsListener(MentorshipEndings endings) {
        this.dispatcher = EventDispatcher.builder()
                .on(ProfileDeactivated.class, endings::deactivated)
                .on(ProgramClosed.class, endings::programClosed)
                .build();
    }

    @KafkaListener(topics = Topics.PROFILE_EVENTS, groupId = "session-service-mentorship")
    void on(ConsumerRecord<String, byte[]> record) {
        dispatcher.dispatch(record);
    }
}
