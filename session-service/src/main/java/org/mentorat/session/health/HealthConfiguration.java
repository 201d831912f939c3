package org.mentorat.session.health;

import com.mongodb.client.MongoDatabase;
import org.mentorat.events.Topics;
import org.mentorat.events.profile.ProgramPublished;
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
import org.mentorat.platform.consumer.EventSubscription;
import org.mentorat.platform.store.RecordStore;
import org.mentorat.platform.store.Stores;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HealthProperties.class)
class HealthConfiguration {

    /** An aggregate store: a stall is flagged and announced in one write, through this outbox. */
    @Bean
    RecordStore<MentorshipActivity> activityRecords(Stores stores) {
        return stores.forRecords("health_mentorships", MentorshipActivity.class);
    }

    /** A read model of counters, updated with increments rather than whole states. */
    @Bean
    ProgramReportStore programReportStore(MongoDatabase database) {
        return new ProgramReportStore(database.getCollection("health_programs"));
    }

    /** The program's name and stall threshold. */
    @Bean
    EventSubscription profileEventsForHealth(HealthEvents events) {
        return EventSubscription.to(Topics.PROFILE_EVENTS, "session-service-health")
                .on(ProgramPublished.class, events::programPublished);
    }

    /**
     * Everything a program report counts. Three consumers: the projection's writes are the
     * bottleneck of a burst, and events of one mentorship stay on one partition, in order.
     */
    @Bean
    EventSubscription sessionEventsForHealth(HealthEvents events) {
        return EventSubscription.to(Topics.SESSION_EVENTS, "session-service-health")
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
                .withConsumers(3);
    }
}
