package org.mentorat.session.health;

import java.time.Instant;
import java.util.List;

/** Mentorship activities in the states the tests need. */
final class MentorshipActivityMother {

    static final Instant STARTED = Instant.parse("2026-03-02T09:00:00Z");

    private MentorshipActivityMother() {
    }

    static MentorshipActivity active() {
        return MentorshipActivity.unknown("acme", "mts-1", "prg-1").started("mentor-1", "mentee-1", STARTED);
    }

    /** Stored as the store would give it back: the outcome of {@code apply}, with its bookkeeping. */
    static MentorshipActivity after(MentorshipActivity activity, String eventId, String source, long sequence,
            java.util.function.UnaryOperator<MentorshipActivity> effect) {
        return activity.apply(eventId, source, sequence, STARTED, effect).state();
    }

    static List<Increment> increments(MentorshipActivity activity) {
        return activity.pending().getLast().increments();
    }
}
