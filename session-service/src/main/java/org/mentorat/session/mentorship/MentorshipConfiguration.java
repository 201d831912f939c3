package org.mentorat.session.mentorship;

import org.mentorat.platform.store.RecordStore;
import org.mentorat.platform.store.Stores;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MentorshipConfiguration {

    @Bean
    RecordStore<Mentorship> mentorshipRecords(Stores stores) {
        return stores.forRecords("mentorships", Mentorship.class);
    }
}
