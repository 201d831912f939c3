package org.mentorat.session.meeting;

import org.mentorat.platform.store.RecordStore;
import org.mentorat.platform.store.Stores;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    @Bean
    RecordStore<Session> sessionRecords(Stores stores) {
        return stores.forRecords("sessions", Session.class);
    }
}
