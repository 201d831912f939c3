package org.mentorat.profile.program;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.mentorat.platform.web.FieldError;

/**
 * What notification-service does for this program: when session reminders go, which categories of
 * notifications nobody may opt out of, and which administrators get the weekly digest. Frozen with
 * the other settings once the program is published, since ProgramPublished is all the other
 * services ever hear about them.
 *
 * @param reminderOffsets how long before a session each reminder goes, 5 minutes to 14 days
 * @param mandatoryCategories categories participants cannot opt out of
 * @param digestRecipientIds person ids of the administrators who get the weekly digest
 */
record ProgramNotifications(
        @Size(max = 5) @ArraySchema(schema = @Schema(type = "string", format = "duration", maxLength = 32, example = "PT24H"))
        List<Duration> reminderOffsets,
        @Size(max = 32) Set<NotificationCategory> mandatoryCategories,
        @Size(max = 20) List<@Size(max = MAX_ID_LENGTH) String> digestRecipientIds) {

    static final List<Duration> DEFAULT_REMINDER_OFFSETS = List.of(Duration.ofHours(24), Duration.ofHours(1));
    static final Duration EARLIEST_REMINDER = Duration.ofDays(14);
    static final Duration LATEST_REMINDER = Duration.ofMinutes(5);
    private static final int MAX_ID_LENGTH = 100;
    private static final String FIELD = "notifications.";

    ProgramNotifications withDefaults() {
        return new ProgramNotifications(reminderOffsets == null ? DEFAULT_REMINDER_OFFSETS : reminderOffsets,
                mandatoryCategories == null ? Set.of() : inOrder(mandatoryCategories),
                digestRecipientIds == null ? List.of() : digestRecipientIds);
    }

    /** In the order of the enum, so the program reads the same every time; nulls are left for validation. */
    private static Set<NotificationCategory> inOrder(Set<NotificationCategory> categories) {
        return categories.stream().sorted(Comparator.nullsLast(Comparator.naturalOrder()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Offsets out of bounds or given twice, blank recipients and ones named twice, on the element at fault. */
    List<FieldError> problems() {
        List<FieldError> problems = new ArrayList<>();
        offsetProblems(problems);
        recipientProblems(problems);
        if (mandatoryCategories != null && mandatoryCategories.stream().anyMatch(Objects::isNull)) {
            problems.add(new FieldError(FIELD + "mandatoryCategories", "must not contain null"));
        }
        return problems;
    }

    private void offsetProblems(List<FieldError> problems) {
        Set<Duration> offsets = new HashSet<>();
        for (int i = 0; reminderOffsets != null && i < reminderOffsets.size(); i++) {
            Duration offset = reminderOffsets.get(i);
            String field = FIELD + "reminderOffsets[" + i + "]";
            if (offset == null) {
                problems.add(new FieldError(field, "must be an ISO-8601 duration such as PT24H"));
            } else if (offset.compareTo(LATEST_REMINDER) < 0 || offset.compareTo(EARLIEST_REMINDER) > 0) {
                problems.add(new FieldError(field, "must be between PT5M and P14D"));
            } else if (!offsets.add(offset)) {
                problems.add(new FieldError(field, "is given twice"));
            }
        }
    }

    private void recipientProblems(List<FieldError> problems) {
        Set<String> recipients = new HashSet<>();
        for (int i = 0; digestRecipientIds != null && i < digestRecipientIds.size(); i++) {
            String recipient = digestRecipientIds.get(i);
            String field = FIELD + "digestRecipientIds[" + i + "]";
            if (recipient == null || recipient.isBlank() || recipient.length() > MAX_ID_LENGTH) {
                problems.add(new FieldError(field, "must be a person id of 1 to " + MAX_ID_LENGTH + " characters"));
            } else if (!recipients.add(recipient)) {
                problems.add(new FieldError(field, "is given twice"));
            }
        }
    }
}
