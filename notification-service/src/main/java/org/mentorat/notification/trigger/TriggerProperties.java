package org.mentorat.notification.trigger;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the triggers write to people, and where their links lead.
 *
 * @param webBaseUrl the web client's address; every link in a message starts with it
 * @param feedbackFollowUpAfter a participant who gave no feedback this long after a session is asked once more
 * @param goalReminderBefore a mentee hears of a goal's target date this long before it
 * @param goalReminderAt the local time of day (the mentee's zone) at which that reminder goes
 * @param digestDay the day of the week on which program administrators get their digest
 * @param digestAt the local time of day (the administrator's zone) at which it goes
 * @param digestCheckEvery how often the digests whose moment has come are looked for
 * @param consumers how many of the session events' partitions this instance reads at the same time
 *     (writing messages is most of the work; each mentorship's events stay in order on their partition)
 */
@ConfigurationProperties("mentorat.notifications.triggers")
record TriggerProperties(
        @DefaultValue("http://localhost:8080") URI webBaseUrl,
        @DefaultValue("P3D") Duration feedbackFollowUpAfter,
        @DefaultValue("P7D") Duration goalReminderBefore,
        @DefaultValue("09:00") LocalTime goalReminderAt,
        @DefaultValue("MONDAY") DayOfWeek digestDay,
        @DefaultValue("08:00") LocalTime digestAt,
        @DefaultValue("PT5M") Duration digestCheckEvery,
        @DefaultValue("3") int consumers) {

    /** A link into the web client, e.g. {@code link("matches", id)}. */
    String link(String... segments) {
        String base = webBaseUrl.toString().replaceAll("/+$", "");
        return base + "/" + String.join("/", segments);
    }
}
