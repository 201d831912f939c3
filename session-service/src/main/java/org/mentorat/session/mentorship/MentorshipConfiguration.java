package org.mentorat.session.mentorship;

import org.mentorat.events.Topics;
import org.mentorat.events.matching.MatchAccepted;
import org.mentorat.events.matching.MatchEnded;
import org.mentorat.events.profile.ProfileDeactivated;
import org.mentorat.events.profile.ProgramClosed;
import org.mentorat.events.session.SessionCompleted;
import org.mentorat.platform.consumer.EventSubscription;
import org.mentorat.platform.store.RecordStore;
import org.mentorat.platform.store.Stores;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * The mentorships' store, and their calendar run on the interval of {@link MentorshipSettings}
 * (the calendar is looked up lazily: it needs the store this class declares).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(MentorshipSettings.class)
class MentorshipConfiguration implements SchedulingConfigurer {

    private final MentorshipSettings settings;
    private final ObjectProvider<MentorshipCalendar> calendar;

    MentorshipConfiguration(MentorshipSettings settings,
            ObjectProvider<MentorshipCalendar> calendar) {
        this.settings = settings;
        this.calendar = calendar;
    }

    @Bean
    RecordStore<Mentorship> mentorshipRecords(Stores stores) {
        return stores.forRecords("mentorships", Mentorship.class);
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(() -> calendar.getObject().runNow(), settings.calendarInterval());
    }

    /** Accepted matches open mentorships; ended ones end them (or let a group mentee go). */
    @Bean
    EventSubscription matchingEventsForMentorships(MentorshipOpener opener, MentorshipEndings endings) {
        return EventSubscription.to(Topics.MATCHING_EVENTS, "session-service")
                .on(MatchAccepted.class, opener::open)
                .on(MatchEnded.class, endings::matchEnded);
    }

    /** A deactivated person's mentorships end early; a closed program's complete. */
    @Bean
    EventSubscription profileEventsForMentorships(MentorshipEndings endings) {
        return EventSubscription.to(Topics.PROFILE_EVENTS, "session-service-mentorship")
                .on(ProfileDeactivated.class, endings::deactivated)
                .on(ProgramClosed.class, endings::programClosed);
    }

    /** A flash mentorship completes with its session: read back from the published event, so it is crash-safe. */
    @Bean
    EventSubscription sessionEventsForMentorships(MentorshipEndings endings) {
        return EventSubscription.to(Topics.SESSION_EVENTS, "session-service-mentorship")
                .on(SessionCompleted.class, endings::sessionHeld);
    }
}
