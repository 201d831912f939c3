package org.mentorat.session.mentorship;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.mentorat.platform.security.Caller;
import org.mentorat.platform.web.Identifiers;
import org.mentorat.session.program.ProgramType;

/**
 * A mentorship as the API shows it to one caller. Participants read each other's expectations and
 * closing reflections (they are written for each other); a survey's score and "what worked" are
 * feedback to the program, read by their author and the program's administrators only.
 * Administrators see who confirmed and answered, not what participants wrote to each other.
 */
record MentorshipResponse(
        String id,
        String matchId,
        String programId,
        ProgramType programType,
        String mentorId,
        @ArraySchema(maxItems = MAX_MENTEES, schema = @Schema(maxLength = Identifiers.MAX_LENGTH)) List<String> menteeIds,
        MentorshipStatus status,
        Instant startedAt,
        LocalDate plannedEnd,
        LocalDate pausedUntil,
        @Schema(maxLength = 500) String pauseReason,
        Closure closure,
        AgreementView agreement,
        @Size(max = MAX_MENTEES + 1) List<SurveyView> surveys) {

    /** The largest group mentorship; one closing survey per participant. */
    static final int MAX_MENTEES = 50;

    static MentorshipResponse of(Mentorship mentorship, Caller caller) {
        boolean participant = mentorship.hasParticipant(caller.subject());
        Pause pause = mentorship.pause();
        return new MentorshipResponse(mentorship.id(), mentorship.matchId(), mentorship.programId(),
                mentorship.programType(), mentorship.mentorId(), mentorship.menteeIds(), mentorship.status(),
                mentorship.startedAt(), mentorship.plannedEnd(), pause == null ? null : pause.resumeOn(),
                pause == null ? null : pause.reason(), mentorship.closure(),
                AgreementView.of(mentorship, participant),
                mentorship.surveys().stream().map(survey -> SurveyView.of(survey, caller, participant)).toList());
    }

    /** {@code confirmed}: every participant confirmed; cadence and format: their common choice, else null. */
    record AgreementView(boolean confirmed, Cadence cadence, MeetingFormat format, @Size(max = MAX_MENTEES + 1) List<SideView> sides) {

        static AgreementView of(Mentorship mentorship, boolean participant) {
            return new AgreementView(mentorship.agreement().confirmedBy(mentorship.participants()),
                    mentorship.agreedCadence().orElse(null), mentorship.agreedFormat().orElse(null),
                    mentorship.agreement().sides().stream().map(side -> new SideView(side.personId(),
                            participant ? side.expectations() : null, side.confidentialityAgreed(), side.cadence(),
                            side.format(), side.confirmed(), side.confirmedAt())).toList());
        }
    }

    record SideView(String personId, @Schema(maxLength = 2000) String expectations, boolean confidentialityAgreed, Cadence cadence,
            MeetingFormat format, boolean confirmed, Instant confirmedAt) {
    }

    record SurveyView(String surveyId, String respondentId, Instant submittedAt, Integer recommendScore,
            @Schema(maxLength = 2000) String achieved, @Schema(maxLength = 2000) String takeaway, @Schema(maxLength = 2000) String whatWorked) {

        static SurveyView of(ClosingSurvey survey, Caller caller, boolean participant) {
            boolean feedbackReader = caller.isAdmin() || survey.respondentId().equals(caller.subject());
            return new SurveyView(survey.surveyId(), survey.respondentId(), survey.submittedAt(),
                    feedbackReader ? survey.recommendScore() : null, participant ? survey.achieved() : null,
                    participant ? survey.takeaway() : null, feedbackReader ? survey.whatWorked() : null);
        }
    }
}
