package org.mentorat.notification.trigger;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.mentorat.notification.message.NotificationKind;

/**
 * One thing to tell the people of an event: what, about which aggregate, and when.
 *
 * @param occurrence tells apart several notices of one kind about one aggregate (each reminder
 *     offset, each revision of a session); with the rest it makes the messages' ids, so a
 *     redelivered event schedules nothing new
 * @param dueAt when it should reach people; {@code null} for now
 * @param notAfter after this it no longer makes sense to send; {@code null} for never
 * @param cancelGroup what a later event cancels it by, with {@code {person}} standing for the
 *     recipient's id when each person's notice is cancelled on its own; {@code null} when nothing does
 * @param details ids the in-app notice carries for clients to link to (its role and counterpart are added)
 */
record Occasion(String tenantId, NotificationKind kind, String relatedId, String programId, String occurrence,
        Instant dueAt, Instant notAfter, String cancelGroup, Map<String, String> details) {

    Occasion {
        requireText(tenantId, "tenant");
        requireText(relatedId, "related id");
        Objects.requireNonNull(kind, "kind");
        details.forEach((name, value) -> requireText(value, name));
        details = Map.copyOf(details);
    }

    /** A notice that goes now, once, and that nothing cancels. */
    static Occasion now(String tenantId, NotificationKind kind, String relatedId, String programId,
            Map<String, String> details) {
        return new Occasion(tenantId, kind, relatedId, programId, "", null, null, null, details);
    }

    Occasion at(Instant due, Instant deadline) {
        return new Occasion(tenantId, kind, relatedId, programId, occurrence, due, deadline, cancelGroup, details);
    }

    Occasion occurrence(String key) {
        return new Occasion(tenantId, kind, relatedId, programId, key, dueAt, notAfter, cancelGroup, details);
    }

    Occasion cancelledBy(String group) {
        return new Occasion(tenantId, kind, relatedId, programId, occurrence, dueAt, notAfter, group, details);
    }


    String cancelGroupOf(String personId) {
        return cancelGroup == null ? null : cancelGroup.replace("{person}", personId);
    }

    static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the event lacks " + name);
        }
    }
}
