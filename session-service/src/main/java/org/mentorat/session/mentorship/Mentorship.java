package org.mentorat.session.mentorship;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.mentorat.events.session.MentorshipCompleted;
import org.mentorat.events.session.MentorshipEnded;
import org.mentorat.events.session.MentorshipPaused;
import org.mentorat.events.session.MentorshipResumed;
import org.mentorat.events.session.SurveySubmitted;
import org.mentorat.platform.security.Caller;
import org.mentorat.platform.store.Aggregate;
import org.mentorat.platform.store.Changed;
import org.mentorat.platform.web.ConflictException;
import org.mentorat.session.program.ProgramType;

/**
 * A mentor and their mentee (several in a GROUP program) working together in a program, opened by
 * an accepted match (see {@link Opening}). {@code matchId} is the match that opened it,
 * {@code matchIds} every match it holds. {@code pause} is set while PAUSED, {@code closure} once
 * COMPLETED or ENDED_EARLY. Decisions that break the lifecycle throw 409s with stable types.
 */
public record Mentorship(
        String id,
        String tenantId,
        String matchId,
        String programId,
        ProgramType programType,
        String mentorId,
        List<String> menteeIds,
        List<String> matchIds,
        MentorshipStatus status,
        Instant startedAt,
        LocalDate plannedEnd,
        Pause pause,
        Closure closure,
        Agreement agreement,
        List<ClosingSurvey> surveys,
        long version) implements Aggregate {

    public Mentorship {
        menteeIds = menteeIds == null ? List.of() : List.copyOf(menteeIds);
        matchIds = matchIds == null || matchIds.isEmpty() ? (matchId == null ? List.of() : List.of(matchId))
                : List.copyOf(matchIds);
        programType = programType == null ? ProgramType.ONE_TO_ONE : programType;
        agreement = agreement == null ? Agreement.none() : agreement;
        surveys = surveys == null ? List.of() : List.copyOf(surveys);
    }

    /** The mentor first, then the mentees: everyone a session of this mentorship invites. */
    public List<String> participants() {
        return Stream.concat(Stream.of(mentorId), menteeIds.stream()).toList();
    }

    public boolean hasParticipant(String personId) {
        return mentorId.equals(personId) || menteeIds.contains(personId);
    }

    /** Its participants see it, and so do the tenant's program administrators. */
    public boolean isVisibleTo(Caller caller) {
        return caller.isAdmin() || hasParticipant(caller.subject());
    }

    public boolean isActive() {
        return status == MentorshipStatus.ACTIVE;
    }

    /** Active or paused: it can still change course; completed and ended-early ones are closed. */
    public boolean isOpen() {
        return status == MentorshipStatus.ACTIVE || status == MentorshipStatus.PAUSED;
    }

    /** The cadence every participant confirmed, empty while the agreement is pending or they differ. */
    public Optional<Cadence> agreedCadence() {
        return agreement.agreedCadence(participants());
    }

    public Optional<MeetingFormat> agreedFormat() {
        return agreement.agreedFormat(participants());
    }

    Changed<Mentorship> pause(LocalDate resumeOn, String reason, Instant now) {
        if (!isActive()) {
            throw new ConflictException("mentorship-not-active",
                    "Only an active mentorship can be paused; this one is " + status + ".");
        }
        Mentorship paused = with(MentorshipStatus.PAUSED, new Pause(resumeOn, reason, now), null);
        return Changed.of(paused, new MentorshipPaused(id, programId, resumeOn.toString(), reason, now));
    }

    Changed<Mentorship> resume(Instant now) {
        if (status != MentorshipStatus.PAUSED) {
            throw new ConflictException("mentorship-not-paused",
                    "Only a paused mentorship can be resumed; this one is " + status + ".");
        }
        return Changed.of(with(MentorshipStatus.ACTIVE, null, null), new MentorshipResumed(id, programId, now));
    }

    boolean isDueToResume(LocalDate today) {
        return status == MentorshipStatus.PAUSED && !pause.resumeOn().isAfter(today);
    }

    boolean isDueToComplete(LocalDate today) {
        return isOpen() && plannedEnd != null && !plannedEnd.isAfter(today);
    }

    Changed<Mentorship> complete(String reason, Instant now) {
        requireOpen("completed");
        Mentorship completed = with(MentorshipStatus.COMPLETED, null, new Closure(reason, null, null, now));
        return Changed.of(completed, new MentorshipCompleted(id, programId, mentorId, menteeIds, reason, startedAt,
                now));
    }

    /**
     * Ends it for everyone. {@code closedBy} is the person who asked, null when an event ended it.
     */
    Changed<Mentorship> end(String reason, String note, String closedBy, Instant now) {
        requireOpen("ended");
        Mentorship ended = with(MentorshipStatus.ENDED_EARLY, null, new Closure(reason, note, closedBy, now));
        return Changed.of(ended, new MentorshipEnded(id, programId, mentorId, menteeIds, reason, startedAt, now));
    }

    /**
     * A participant leaves: in a GROUP with other mentees only that mentee goes and the group goes
     * on (no event: the contracts have none for it); otherwise the mentorship ends for everyone.
     */
    Changed<Mentorship> leave(String personId, String reason, String note, String closedBy, Instant now) {
        requireOpen("ended");
        if (programType == ProgramType.GROUP && menteeIds.contains(personId) && menteeIds.size() > 1) {
            List<String> remaining = menteeIds.stream().filter(mentee -> !mentee.equals(personId)).toList();
            return Changed.of(new Mentorship(id, tenantId, matchId, programId, programType, mentorId, remaining,
                    matchIds, status, startedAt, plannedEnd, pause, closure, agreement, surveys, version));
        }
        return end(reason, note, closedBy, now);
    }

    Changed<Mentorship> agree(AgreementSide side) {
        requireOpen("agreed on");
        return Changed.of(withAgreement(agreement.with(side)));
    }

    Changed<Mentorship> submitSurvey(ClosingSurvey survey) {
        if (isOpen()) {
            throw new ConflictException("mentorship-not-finished",
                    "The closing survey opens once the mentorship has completed or ended; it is " + status + ".");
        }
        if (surveyOf(survey.respondentId()).isPresent()) {
            throw new ConflictException("survey-already-submitted", "You have already answered this closing survey.");
        }
        Mentorship answered = new Mentorship(id, tenantId, matchId, programId, programType, mentorId, menteeIds,
                matchIds, status, startedAt, plannedEnd, pause, closure, agreement,
                Stream.concat(surveys.stream(), Stream.of(survey)).toList(), version);
        return Changed.of(answered, new SurveySubmitted(survey.surveyId(), id, programId,
                survey.respondentId(), survey.recommendScore(), survey.submittedAt()));
    }

    public Optional<ClosingSurvey> surveyOf(String personId) {
        return surveys.stream().filter(survey -> survey.respondentId().equals(personId)).findFirst();
    }

    /**
     * What a person being erased wrote here goes (expectations, survey texts, the note they ended it
     * with); scores, dates and confirmations stay. Nothing to erase: the same state, equal to this.
     */
    Mentorship withoutWordsOf(String personId) {
        List<ClosingSurvey> kept = surveys.stream()
                .map(survey -> survey.respondentId().equals(personId) ? survey.withoutWords() : survey).toList();
        Closure closed = closure != null && personId.equals(closure.closedBy())
                ? new Closure(closure.reason(), null, closure.closedBy(), closure.closedAt()) : closure;
        return new Mentorship(id, tenantId, matchId, programId, programType, mentorId, menteeIds, matchIds, status,
                startedAt, plannedEnd, pause, closed, agreement.withoutWordsOf(personId), kept, version);
    }

    private void requireOpen(String action) {
        if (!isOpen()) {
            throw new ConflictException("mentorship-closed",
                    "This mentorship is " + status + " and can no longer be " + action + ".");
        }
    }

    private Mentorship with(MentorshipStatus next, Pause nextPause, Closure nextClosure) {
        return new Mentorship(id, tenantId, matchId, programId, programType, mentorId, menteeIds, matchIds, next,
                startedAt, plannedEnd, nextPause, nextClosure, agreement, surveys, version);
    }

    private Mentorship withAgreement(Agreement next) {
        return new Mentorship(id, tenantId, matchId, programId, programType, mentorId, menteeIds, matchIds, status,
                startedAt, plannedEnd, pause, closure, next, surveys, version);
    }
}
