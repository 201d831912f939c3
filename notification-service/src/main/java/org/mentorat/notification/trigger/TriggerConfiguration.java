package org.mentorat.notification.trigger;

import org.mentorat.events.Topics;
import org.mentorat.events.matching.MatchProposed;
import org.mentorat.events.session.MentorshipStarted;
import org.mentorat.events.session.SessionCompleted;
import org.mentorat.platform.consumer.EventSubscription;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The facts of other services that call for a notification, and the trigger each one calls. */
@Configuration(proxyBeanMethods = false)
class TriggerConfiguration {

    @Bean
    EventSubscription matchingEventsForTriggers(MatchProposals proposals) {
        return EventSubscription.to(Topics.MATCHING_EVENTS, "notification-service")
                .on(MatchProposed.class, proposals::on);
    }

    @Bean
    EventSubscription sessionEventsForTriggers(FeedbackRequests feedbackRequests, MentorshipWelcomes welcomes) {
        return EventSubscription.to(Topics.SESSION_EVENTS, "notification-service")
                .on(SessionCompleted.class, feedbackRequests::on)
                .on(MentorshipStarted.class, welcomes::on);
    }
}
