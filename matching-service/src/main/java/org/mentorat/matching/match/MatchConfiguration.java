package org.mentorat.matching.match;

import org.mentorat.platform.store.RecordStore;
import org.mentorat.platform.store.Stores;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MatchConfiguration {

    /** Matches publish on the service's topic, matching-events, through their outbox. */
    @Bean
    RecordStore<Match> matchRecords(Stores stores) {
        return stores.forRecords("matches", Match.class);
    }
}
