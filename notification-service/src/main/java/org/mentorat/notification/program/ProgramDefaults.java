package org.mentorat.notification.program;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a program that says nothing about notifications gets: published before programs had
 * notification settings, or not heard of yet.
 *
 * @param reminderOffsets a day and an hour before each session unless set
 */
@ConfigurationProperties("mentorat.notifications.programs")
record ProgramDefaults(List<Duration> reminderOffsets) {

    ProgramDefaults {
        reminderOffsets = reminderOffsets == null ? List.of(Duration.ofHours(24), Duration.ofHours(1))
                : List.copyOf(reminderOffsets);
    }
}
