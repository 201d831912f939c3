package org.mentorat.session.mentorship;

import java.time.Instant;

/** A mentorship as the API shows it. */
record MentorshipResponse(
        String id,
        String matchId,
        String programId,
        String mentorId,
        String menteeId,
        MentorshipStatus status,
        Instant startedAt) {

    static MentorshipResponse of(Mentorship mentorship) {
        return new MentorshipResponse(mentorship.id(), mentorship.matchId(), mentorship.programId(),
                mentorship.mentorId(), mentorship.menteeId(), mentorship.status(), mentorship.startedAt());
    }
}
