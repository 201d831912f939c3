package org.mentorat.notification.trigger;

import java.util.List;

/** What session events say about who takes part, whatever their age. */
final class Sessions {

    private Sessions() {
    }

    /** Every mentee; events written before group sessions name only the one. */
    static List<String> menteesOf(List<String> menteeIds, String menteeId) {
        if (menteeIds != null && !menteeIds.isEmpty()) {
            return menteeIds;
        }
        Occasion.requireText(menteeId, "menteeId");
        return List.of(menteeId);
    }
}
