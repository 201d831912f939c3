package org.mentorat.matching.readmodel;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.mentorat.events.Topics;
import org.mentorat.events.profile.EnrollmentWithdrawn;
import org.mentorat.events.profile.MenteeRegistered;
import org.mentorat.events.profile.MentorRegistered;
import org.mentorat.events.profile.ProfileDeactivated;
import org.mentorat.events.profile.ProfileUpdated;
import org.mentorat.events.profile.ProgramClosed;
import org.mentorat.events.profile.ProgramPublished;
import org.mentorat.platform.consumer.EventDispatcher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Thin adapter: profile's facts about people and programs in; other profile event types are skipped. */
@Component("readModelProfileEventsListener")
class ProfileEventsListener {

    private final EventDispatcher dispatcher;

    ProfileEventsListener(ProfileIntake intake) {
        this.dispatcher = EventDispatcher.builder()
                .on(ProgramPublished.class, intake::programPublished)
                .on(ProgramClosed.class, intake::programClosed)
                .on(MentorRegistered.class, intake::mentorRegistered)
                .on(MenteeRegistered.class, intake::menteeRegistered)
                .on(ProfileUpdated.class, intake::profileUpdated)
                .on(EnrollmentWithdrawn.class, intake::enrollmentWithdrawn)
                .on(ProfileDeactivated.class, intake::personDeactivated)
                .build();
    }

    @KafkaListener(topics = Topics.PROFILE_EVENTS, groupId = "matching-service")
    void on(ConsumerRecord<String, byte[]> record) {
        dispatcher.dispatch(record);
    }
}
