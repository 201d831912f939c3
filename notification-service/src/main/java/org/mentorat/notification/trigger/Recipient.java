package org.mentorat.notification.trigger;

import java.util.ArrayList;
import java.util.List;

/**
 * One person an occasion concerns, on which side they are, and the other people in it.
 *
 * @param role {@code MENTOR}, {@code MENTEE} or {@code ADMINISTRATOR}, as clients show it
 */
record Recipient(String personId, String role, List<String> counterpartIds) {

    Recipient {
        counterpartIds = List.copyOf(counterpartIds);
    }

    /** The mentor, who meets every mentee, and each mentee, who meets the mentor. */
    static List<Recipient> ofPairing(String mentorId, List<String> menteeIds) {
        Occasion.requireText(mentorId, "mentorId");
        List<Recipient> recipients = new ArrayList<>();
        recipients.add(new Recipient(mentorId, "MENTOR", menteeIds));
        menteeIds.forEach(menteeId -> recipients.add(new Recipient(menteeId, "MENTEE", List.of(mentorId))));
        return recipients;
    }

    /** The first counterpart, for a one-to-one notice; null when there is none. */
    String counterpartId() {
        return counterpartIds.isEmpty() ? null : counterpartIds.get(0);
    }
}
