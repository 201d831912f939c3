package org.mentorat.session.health;

import com.mongodb.client.MongoDatabase;
import org.mentorat.platform.store.RecordStore;
import org.mentorat.platform.store.Stores;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HealthProperties.class)
class HealthConfiguration {

    /** An aggregate store: a stall is flagged and announced in one write, through this outbox. */
    @Bean
    RecordStore<MentorshipActivity> activityRecords(Stores stores) {
        return stores.forRecords("health_mentorships", MentorshipActivity.class);
    }

    /** A read model of counters, updated with increments rather than whole states. */
    @Bean
    ProgramReportStore programReportStore(MongoDatabase database) {
        return new ProgramReportStore(database.getCollection("health_programs"));
    }
}
