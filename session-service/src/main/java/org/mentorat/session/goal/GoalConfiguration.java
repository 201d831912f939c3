package org.mentorat.session.goal;

import org.mentorat.platform.store.RecordStore;
import org.mentorat.platform.store.Stores;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class GoalConfiguration {

    @Bean
    RecordStore<Goal> goalRecords(Stores stores) {
        return stores.forRecords("goals", Goal.class);
    }
}
