package org.mentorat.matching.readmodel;

import org.mentorat.events.Topics;
import org.mentorat.events.profile.EnrollmentWithdrawn;
import org.mentorat.events.profile.MenteeRegistered;
import org.mentorat.events.profile.MentorRegistered;
import org.mentorat.events.profile.ProfileDeactivated;
import org.mentorat.events.profile.ProfileUpdated;
import org.mentorat.events.profile.ProgramClosed;
import org.mentorat.events.profile.ProgramPublished;
import org.mentorat.platform.consumer.EventSubscription;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Programs, enrolments and people from profile-events into the read model matching decides on. */
@Configuration(proxyBeanMethods = false)
class ReadModelConfiguration {

    @Bean
    EventSubscription profileEventsForReadModel(ProfileIntake intake) {
        return EventSubscription.to(Topics.PROFILE_EVENTS, "matching-service")
                .on(ProgramPublished.class, intake::programPublished)
                .on(ProgramClosed.class, intake::programClosed)
                .on(MentorRegistered.class, intake::mentorRegistered)
                .on(MenteeRegistered.class, intake::menteeRegistered)
                .on(ProfileUpdated.class, intake::profileUpdated)
                .on(EnrollmentWithdrawn.class, intake::enrollmentWithdrawn)
                .on(ProfileDeactivated.class, intake::personDeactivated);
    }
}
