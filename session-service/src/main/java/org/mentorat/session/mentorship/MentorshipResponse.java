package org.mentorat.session.mentorship;

import java.time.Instant;
import java.util.List;

/** A mentorship as the API shows it. */
record MentorshipResponse(
        String id,
        String matchId,
        String programId,
        String mentorId,
        List<String> menteeIds,
        MentorshipStatus status,
        Instant startedAt) {

    static MentorshipResponse of(Mentorship mentorship) {
        return new MentorshipResponse(mentorship.id(), mentorship.matchId(), mentorship.programId(),
                mentorship.mentorId(), mentorship.menteeIds(), mentorship.status(), mentorship.startedAt());
    }
}
