package org.mentorat.notification.trigger;

import com.mongodb.client.MongoDatabase;
import org.mentorat.events.Topics;
import org.mentorat.events.matching.MatchProposed;
import org.mentorat.events.session.FeedbackSubmitted;
import org.mentorat.events.session.GoalAchieved;
import org.mentorat.events.session.GoalSet;
import org.mentorat.events.session.MentorshipCompleted;
import org.mentorat.events.session.MentorshipEnded;
import org.mentorat.events.session.MentorshipStalled;
import org.mentorat.events.session.MentorshipStarted;
import org.mentorat.events.session.SessionCancelled;
import org.mentorat.events.session.SessionCompleted;
import org.mentorat.events.session.SessionRescheduled;
import org.mentorat.events.session.SessionScheduled;
import org.mentorat.notification.privacy.ErasesPerson;
import org.mentorat.platform.consumer.EventSubscription;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The facts of other services that call for a notification, and the trigger each one calls. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TriggerProperties.class)
class TriggerConfiguration {

    @Bean
    TriggerMemoryStore triggerMemoryStore(MongoDatabase database) {
        return new TriggerMemoryStore(database.getCollection("trigger_memory"));
    }

    @Bean
    WeeklyTallyStore weeklyTallyStore(MongoDatabase database) {
        return new WeeklyTallyStore(database.getCollection("digest_weeks"));
    }

    /** The weekly figures, in a consumer group of their own: counting never waits for a mail. */
    @Bean
    EventSubscription sessionEventsForDigests(WeeklyTallies tallies) {
        return EventSubscription.to(Topics.SESSION_EVENTS, "notification-service-digests")
                .on(SessionCompleted.class, tallies::on)
                .on(FeedbackSubmitted.class, tallies::on)
                .on(MentorshipStarted.class, tallies::on)
                .on(MentorshipCompleted.class, tallies::on)
                .on(MentorshipEnded.class, tallies::on)
                .on(MentorshipStalled.class, tallies::on);
    }

    @Bean
    EventSubscription matchingEventsForTriggers(MatchProposals proposals) {
        return EventSubscription.to(Topics.MATCHING_EVENTS, "notification-service")
                .on(MatchProposed.class, proposals::on);
    }

    @Bean
    EventSubscription sessionEventsForTriggers(MentorshipWelcomes welcomes, SessionInvitations invitations,
            FeedbackRequests feedback, StallNudges nudges, GoalReminders goals, ClosingSurveys surveys,
            TriggerProperties properties) {
        return EventSubscription.to(Topics.SESSION_EVENTS, "notification-service")
                .withConsumers(properties.consumers())
                .on(MentorshipStarted.class, welcomes::on)
                .on(SessionScheduled.class, invitations::on)
                .on(SessionRescheduled.class, invitations::on)
                .on(SessionCancelled.class, invitations::on)
                .on(SessionCompleted.class, feedback::on)
                .on(FeedbackSubmitted.class, feedback::on)
                .on(MentorshipStalled.class, nudges::on)
                .on(GoalSet.class, goals::on)
                .on(GoalAchieved.class, goals::on)
                .on(MentorshipCompleted.class, surveys::on);
    }

    /** Who gave feedback on which session: ids of a person, kept only to spare them a follow-up. */
    @Bean
    @Order(30)
    ErasesPerson feedbackMarksErasure(TriggerMemoryStore memory) {
        return ErasesPerson.of("feedback marks", memory::forget);
    }
}
