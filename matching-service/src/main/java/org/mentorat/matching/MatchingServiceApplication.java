package org.mentorat.matching;

import org.mentorat.events.EventSources;
import org.mentorat.events.Topics;
import org.mentorat.platform.store.AggregateStore;
import org.mentorat.platform.store.EventOrigin;
import org.mentorat.platform.store.Stores;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Proposes mentor–mentee pairs from its own read model of profile events, and runs their lifecycle. */
@SpringBootApplication
@EnableScheduling
public class MatchingServiceApplication {

    public static final String CONFIG_NAME = "spring.config.name=matching-service";

    public static void main(String[] args) {
        new SpringApplicationBuilder(MatchingServiceApplication.class).properties(CONFIG_NAME).run(args);
    }

    @Bean
    AggregateStore matchStore(Stores stores) {
        return stores.forDocuments("matches", new EventOrigin(Topics.MATCHING_EVENTS, EventSources.MATCHING));
    }

    @Bean
    AggregateStore runStore(Stores stores) {
        return stores.forDocuments("matching_runs", new EventOrigin(Topics.MATCHING_EVENTS, EventSources.MATCHING));
    }
}
