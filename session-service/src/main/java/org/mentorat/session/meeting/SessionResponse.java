package org.mentorat.session.meeting;

import java.time.Instant;
import java.util.List;

/**
 * A session as the API shows it. Feedback appears only as who has given it: ratings and
 * comments are candid because the other participant does not read them.
 */
record SessionResponse(
        String id,
        String mentorshipId,
        String programId,
        String mentorId,
        String menteeId,
        Instant startsAt,
        int durationMinutes,
        String agenda,
        SessionStatus status,
        Instant completedAt,
        Instant cancelledAt,
        List<String> feedbackFrom) {

    static SessionResponse of(Session session) {
        return new SessionResponse(session.id(), session.mentorshipId(), session.programId(), session.mentorId(),
                session.menteeId(), session.plan().startsAt(), session.plan().durationMinutes(),
                session.plan().agenda(), session.status(), session.completedAt(), session.cancelledAt(),
                session.feedback().stream().map(Feedback::authorId).toList());
    }
}
