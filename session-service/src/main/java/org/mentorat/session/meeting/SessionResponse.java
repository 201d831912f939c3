package org.mentorat.session.meeting;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.mentorat.platform.security.Caller;
import org.mentorat.session.mentorship.MeetingFormat;

/**
 * A session as the API shows it to one caller. Feedback appears only as who has given it: ratings
 * and comments are candid because the other participants do not read them. Notes appear only to
 * those who may read them (their author; the participants for a shared one).
 */
record SessionResponse(
        String id, String mentorshipId, String programId, String mentorId, String menteeId, List<String> menteeIds,
        Instant startsAt, LocalDateTime start, String timeZone, int durationMinutes, MeetingFormat format,
        String location, String agenda, SeriesPosition series, int sequence, SessionStatus status,
        Instant completedAt, Instant cancelledAt, String cancelReason, Integer actualMinutes, List<String> topics,
        List<SessionNote> notes, List<String> absentIds, List<String> feedbackFrom, String invite) {

    static SessionResponse of(Session session, Caller caller) {
        SessionPlan plan = session.plan();
        SessionOutcome outcome = session.outcome();
        return new SessionResponse(session.id(), session.mentorshipId(), session.programId(), session.mentorId(),
                session.menteeId(), session.menteeIds(), plan.startsAt(), plan.start().toLocalDateTime(),
                plan.timeZone(), plan.durationMinutes(), plan.format(), plan.location(), plan.agenda(),
                session.series(), session.sequence(), session.status(), session.completedAt(),
                session.cancelledAt(), session.cancelReason(), outcome.actualMinutes(), outcome.topics(),
                outcome.readableBy(caller, session), outcome.absentIds(),
                session.feedback().stream().map(Feedback::authorId).toList(),
                "/api/v1/sessions/" + session.id() + "/invite.ics");
    }

    /** A series just created, or a mentorship's sessions in order of their start. */
    record Listing(String seriesId, List<SessionResponse> items) {
    }
}
