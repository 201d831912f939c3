package org.mentorat.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mentorat.events.matching.MatchProposed;
import org.mentorat.events.session.MentorshipStarted;
import org.mentorat.events.session.SessionCompleted;

/** A mentor and mentee of one tenant, with ids unique to one test, and the facts about them. */
record Pair(String tenant, String mentorId, String menteeId, String programId, String mentorshipId) {

    static final Instant AT = Instant.parse("2026-03-02T09:30:00Z");

    static Pair fresh(String tenant) {
        String suffix = suffix();
        return new Pair(tenant, "mentor-" + suffix, "mentee-" + suffix, "prg-" + suffix, "mts-" + suffix);
    }

    SessionCompleted sessionCompleted() {
        return new SessionCompleted("ses-" + suffix(), mentorshipId, programId, mentorId, menteeId, AT, List.of(menteeId), 45);
    }

    MentorshipStarted mentorshipStarted() {
        return new MentorshipStarted(mentorshipId, "mat-" + suffix(), programId, mentorId, menteeId, AT, "ONE_TO_ONE", null);
    }

    MatchProposed matchProposed() {
        return new MatchProposed("mat-" + suffix(), programId, mentorId, menteeId, 0.8, List.of("SHARED_TOPICS"), AT);
    }

    /** The Authorization header of the mentor and of the mentee: each reads their own inbox. */
    String asMentor() {
        return NotificationSteps.person(tenant, mentorId);
    }

    String asMentee() {
        return NotificationSteps.person(tenant, menteeId);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
