package org.mentorat.matching.matchingrun;

import org.mentorat.platform.store.RecordStore;
import org.mentorat.platform.store.Stores;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MatchingRunConfiguration {

    /** Runs publish MatchingRunCompleted on the service's topic, matching-events, through their outbox. */
    @Bean
    RecordStore<MatchingRun> runRecords(Stores stores) {
        return stores.forRecords("matching_runs", MatchingRun.class);
    }
}
