package org.mentorat.notification.trigger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mentorat.notification.inbox.Inbox;
import org.mentorat.notification.inbox.NewNotification;
import org.mentorat.notification.message.NotificationKind;

/**
 * The same notice to both people of a pairing, each told who the other is and which side they
 * are on. Every id is required: an event without them can never be applied and is dead-lettered.
 */
record PairNotice(String tenantId, NotificationKind kind, String relatedId, String mentorId, String menteeId,
        Map<String, String> details) {

    PairNotice {
        require(tenantId, "tenant");
        require(relatedId, "related id");
        require(mentorId, "mentorId");
        require(menteeId, "menteeId");
        details.forEach((name, value) -> require(value, name));
        details = Map.copyOf(details);
    }

    /** Details as name, value, name, value…; missing values are caught by the constructor, not by an NPE. */
    static Map<String, String> detailsOf(String... namesAndValues) {
        Map<String, String> details = new HashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            details.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return details;
    }

    /** Delivers both notices; each is create-once, so a redelivery (or a retry after one of them) is harmless. */
    void deliverTo(Inbox inbox) {
        notices().forEach(inbox::deliver);
    }

    List<NewNotification> notices() {
        return List.of(notice(mentorId, "MENTOR", menteeId), notice(menteeId, "MENTEE", mentorId));
    }

    private NewNotification notice(String recipientId, String role, String counterpartId) {
        Map<String, String> personal = new HashMap<>(details);
        personal.put("role", role);
        personal.put("counterpartId", counterpartId);
        return new NewNotification(tenantId, recipientId, kind, relatedId, personal);
    }

    private static void require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the event lacks " + name);
        }
    }
}
