package org.mentorat.session.mentorship;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param calendarInterval how often due pauses are resumed and due planned ends completed
 * @param calendarBatchSize how many due mentorships one query fetches
 */
@ConfigurationProperties("mentorat.mentorships")
record MentorshipSettings(
        @DefaultValue("5m") Duration calendarInterval,
        @DefaultValue("200") int calendarBatchSize) {
}
