package org.mentorat.session.mentorship;

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
}
