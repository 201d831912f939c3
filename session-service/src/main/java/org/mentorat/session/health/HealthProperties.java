package org.mentorat.session.health;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param stallCheckEvery how often quiet mentorships are looked for (the first check comes one interval after start)
 * @param gaugesRefreshEvery how often the program gauges re-read the report documents
 * @param defaultStallAfterDays the stall threshold of a program that names none
 * @param activitiesKept how many mentorships' activity this instance keeps in memory after writing
 *     it, so that their next event is decided without a read (0 keeps none)
 */
@ConfigurationProperties("mentorat.health")
record HealthProperties(Duration stallCheckEvery, Duration gaugesRefreshEvery, Integer defaultStallAfterDays,
        Integer activitiesKept) {

    HealthProperties {
        stallCheckEvery = stallCheckEvery == null ? Duration.ofHours(1) : stallCheckEvery;
        gaugesRefreshEvery = gaugesRefreshEvery == null ? Duration.ofSeconds(30) : gaugesRefreshEvery;
        defaultStallAfterDays = defaultStallAfterDays == null ? 30 : defaultStallAfterDays;
        activitiesKept = activitiesKept == null ? 10_000 : activitiesKept;
    }
}
