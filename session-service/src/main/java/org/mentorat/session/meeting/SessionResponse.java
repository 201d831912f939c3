package org.mentorat.session.meeting;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.mentorat.platform.security.Caller;
import org.mentorat.platform.web.Identifiers;
import org.mentorat.session.mentorship.MeetingFormat;

/**
 * A session as the API shows it to one caller. Feedback appears only as who has given it: ratings
 * and comments are candid because the other participants do not read them. Notes appear only to
 * those who may read them (their author; the participants for a shared one).
 */
record SessionResponse(
        String id, String mentorshipId, String programId, String mentorId, String menteeId,
        @ArraySchema(maxItems = MAX_PARTICIPANTS, schema = @Schema(maxLength = Identifiers.MAX_LENGTH)) List<String> menteeIds,
        Instant startsAt, LocalDateTime start, @Schema(maxLength = 64) String timeZone, int durationMinutes, MeetingFormat format,
        @Schema(maxLength = 500) String location, @Schema(maxLength = 2000) String agenda, SeriesPosition series, int sequence, SessionStatus status,
        Instant completedAt, Instant cancelledAt, @Schema(maxLength = 500) String cancelReason, Integer actualMinutes,
        @ArraySchema(maxItems = 20, schema = @Schema(maxLength = 200)) List<String> topics,
        @Size(max = MAX_NOTES) List<SessionNote> notes, @ArraySchema(maxItems = MAX_PARTICIPANTS, schema = @Schema(maxLength = Identifiers.MAX_LENGTH)) List<String> absentIds,
        @ArraySchema(maxItems = MAX_PARTICIPANTS, schema = @Schema(maxLength = Identifiers.MAX_LENGTH)) List<String> feedbackFrom,
        @Schema(maxLength = 2048, format = "uri-reference") String invite) {

    /** A group session has at most this many people; each writes a few notes. */
    static final int MAX_PARTICIPANTS = 51;
    static final int MAX_NOTES = 500;
    /** A mentorship holds far fewer sessions than this over its life. */
    static final int MAX_SESSIONS = 1000;


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
    record Listing(String seriesId, @Size(max = MAX_SESSIONS) List<SessionResponse> items) {
    }
}
