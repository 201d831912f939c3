package org.mentorat.notification.program;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.mentorat.notification.message.Category;

/**
 * What a program asks of notifications, as profile published it.
 *
 * @param name null for a program not heard of (yet)
 * @param reminderOffsets how long before a session each reminder goes, longest first; empty for none
 * @param mandatory categories nobody in the program may opt out of
 * @param digestRecipientIds the administrators who get the program's weekly digest
 */
public record ProgramNotificationSettings(String tenantId, String programId, String name,
        List<Duration> reminderOffsets, Set<Category> mandatory, List<String> digestRecipientIds) {

    public ProgramNotificationSettings {
        reminderOffsets = List.copyOf(reminderOffsets);
        mandatory = Set.copyOf(mandatory);
        digestRecipientIds = List.copyOf(digestRecipientIds);
    }
}
