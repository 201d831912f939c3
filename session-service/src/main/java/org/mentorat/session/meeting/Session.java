package org.mentorat.session.meeting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.mentorat.events.session.FeedbackSubmitted;
import org.mentorat.events.session.SessionCompleted;
import org.mentorat.platform.security.Caller;
import org.mentorat.platform.store.Aggregate;
import org.mentorat.platform.store.Changed;
import org.mentorat.platform.web.ConflictException;
import org.mentorat.session.mentorship.Mentorship;

/**
 * One meeting of a mentorship, what it left, and the feedback on it. The feedback lives in the
 * session's own document because its rules (held sessions only, once per author) are the
 * session's invariants. The participants (the mentor and every mentee) and the program are copied
 * from the mentorship when the session is scheduled, so later decisions need nothing but the
 * session itself. {@code sequence} is the iCalendar SEQUENCE of its invite: every reschedule and
 * the cancel raise it, so calendars update the one event they hold.
 *
 * <p>Public, like the records it holds, because the store maps it with the MongoDB driver's record
 * codec, which reads components reflectively; its decisions stay package-private.
 */
public record Session(
        String id, String tenantId, String mentorshipId, String programId, String mentorId, String menteeId,
        List<String> menteeIds, SessionPlan plan, SeriesPosition series, int sequence, SessionStatus status,
        Instant scheduledAt, Instant revisedAt, Instant completedAt, Instant cancelledAt, String cancelReason,
        SessionOutcome outcome, List<Feedback> feedback, List<Erasure> erasures, long version) implements Aggregate {

    public Session {
        menteeIds = menteeIds == null ? List.of(menteeId) : List.copyOf(menteeIds);
        outcome = outcome == null ? SessionOutcome.NONE : outcome;
        feedback = feedback == null ? List.of() : List.copyOf(feedback);
        erasures = erasures == null ? List.of() : List.copyOf(erasures);
    }

    static Changed<Session> schedule(String id, Mentorship mentorship, SessionPlan plan, SeriesPosition series,
            Instant now) {
        if (!mentorship.isActive()) {
            throw new ConflictException("mentorship-not-active", "Sessions can only be scheduled in an active "
                    + "mentorship; this one is " + mentorship.status() + ".");
        }
        Session session = new Session(id, mentorship.tenantId(), mentorship.id(), mentorship.programId(),
                mentorship.mentorId(), mentorship.menteeIds().getFirst(), mentorship.menteeIds(), plan, series, 0,
                SessionStatus.SCHEDULED, now, now, null, null, null, SessionOutcome.NONE, List.of(), List.of(), 0);
        return Changed.of(session, InviteEvents.scheduled(session));
    }

    Changed<Session> reschedule(Instant startsAt, int durationMinutes, String timeZone, Instant now) {
        requireScheduled("rescheduled");
        Session moved = new Session(id, tenantId, mentorshipId, programId, mentorId, menteeId, menteeIds,
                plan.movedTo(startsAt, durationMinutes, timeZone), series, sequence + 1, status, scheduledAt, now,
                null, null, null, outcome, feedback, erasures, version);
        return Changed.of(moved, InviteEvents.rescheduled(moved));
    }

    Changed<Session> cancel(String reason, Instant now) {
        requireScheduled("cancelled");
        Session cancelled = new Session(id, tenantId, mentorshipId, programId, mentorId, menteeId, menteeIds, plan,
                series, sequence + 1, SessionStatus.CANCELLED, scheduledAt, now, null, now, reason, outcome, feedback,
                erasures, version);
        return Changed.of(cancelled, InviteEvents.cancelled(cancelled));
    }

    /** Held from its start on: before it, completing would record a meeting that has not happened. */
    Changed<Session> complete(String authorId, Completion report, Instant now) {
        requireStarted("completed", now);
        int minutes = report.actualMinutes() == null ? plan.durationMinutes() : report.actualMinutes();
        SessionOutcome held = new SessionOutcome(minutes, report.topics(), List.of(), List.of());
        if (report.note() != null) {
            held = held.withNote(new SessionNote(authorId, report.note(), report.noteVisibility(), now));
        }
        return Changed.of(ended(SessionStatus.COMPLETED, now, held),
                new SessionCompleted(id, mentorshipId, programId, mentorId, menteeId, now, menteeIds, minutes));
    }

    /** No event: the contracts have none, and a meeting that did not happen is no SessionCompleted. */
    Changed<Session> markNoShow(List<String> absentIds, Instant now) {
        requireStarted("marked as a no-show", now);
        return Changed.of(ended(SessionStatus.NO_SHOW, null, new SessionOutcome(null, List.of(), List.of(),
                absentIds)));
    }

    Changed<Session> addNote(String authorId, String text, NoteVisibility visibility, Instant now) {
        requireParticipant(authorId, "write notes on");
        requireCompleted("Notes");
        return Changed.of(ended(status, completedAt, outcome.withNote(new SessionNote(authorId, text, visibility,
                now))));
    }

    Changed<Session> submitFeedback(String feedbackId, String authorId, int rating, Helped helped, String comment,
            Instant now) {
        requireParticipant(authorId, "give feedback on");
        requireCompleted("Feedback");
        if (feedbackBy(authorId).isPresent()) {
            throw new ConflictException("feedback-already-submitted",
                    "You have already given feedback on this session.");
        }
        List<Feedback> withNew = new ArrayList<>(feedback);
        withNew.add(new Feedback(feedbackId, authorId, rating, helped, comment, now));
        return Changed.of(with(outcome, withNew, erasures, plan, cancelReason),
                new FeedbackSubmitted(feedbackId, id, mentorshipId, authorId, rating, now, programId, helped.name()));
    }

    /**
     * Clears a person's words: agenda, topics and cancel reason (any participant's), their notes and
     * comments; ratings, dates and ids stay. Recorded, so the same erasure changes nothing twice.
     */
    Changed<Session> eraseWordsOf(String erasureId, String personId, Instant now) {
        if (erasedBy(erasureId)) {
            return Changed.of(this);
        }
        List<String> cleared = new ArrayList<>();
        if (plan.agenda() != null) {
            cleared.add("agenda");
        }
        if (cancelReason != null) {
            cleared.add("cancelReason");
        }
        SessionOutcome kept = outcome.withoutWordsOf(personId, cleared);
        List<Feedback> ratings = Feedback.withoutCommentsOf(feedback, personId, cleared);
        List<Erasure> marks = new ArrayList<>(erasures);
        marks.add(new Erasure(erasureId, personId, now, cleared));
        return Changed.of(with(kept, ratings, marks, plan.withoutAgenda(), null));
    }

    boolean erasedBy(String erasureId) {
        return erasures.stream().anyMatch(mark -> mark.erasureId().equals(erasureId));
    }

    Optional<Feedback> feedbackBy(String authorId) {
        return feedback.stream().filter(given -> given.authorId().equals(authorId)).findFirst();
    }

    /** The mentor first, then the mentees: everyone the session's invite names. */
    public List<String> participants() {
        return Stream.concat(Stream.of(mentorId), menteeIds.stream()).toList();
    }

    public boolean hasParticipant(String personId) {
        return mentorId.equals(personId) || menteeIds.contains(personId);
    }

    /** Like its mentorship: the participants and the tenant's program administrators. */
    public boolean isVisibleTo(Caller caller) {
        return caller.isAdmin() || hasParticipant(caller.subject());
    }

    private void requireParticipant(String personId, String what) {
        if (!hasParticipant(personId)) {
            throw new ConflictException("not-a-participant",
                    "Only the session's participants can " + what + " it; you did not take part in it.");
        }
    }

    private void requireCompleted(String what) {
        if (status != SessionStatus.COMPLETED) {
            throw new ConflictException("session-not-completed",
                    what + " can only be given on a completed session; this one is " + status + ".");
        }
    }

    private void requireStarted(String wanted, Instant now) {
        requireScheduled(wanted);
        if (now.isBefore(plan.startsAt())) {
            throw new ConflictException("session-not-started",
                    "The session starts at " + plan.startsAt() + "; it can only be " + wanted + " from then on.");
        }
    }

    private void requireScheduled(String wanted) {
        if (status != SessionStatus.SCHEDULED) {
            throw new ConflictException("session-not-scheduled",
                    "Only a scheduled session can be " + wanted + "; this one is " + status + ".");
        }
    }

    private Session ended(SessionStatus newStatus, Instant newCompletedAt, SessionOutcome newOutcome) {
        return new Session(id, tenantId, mentorshipId, programId, mentorId, menteeId, menteeIds, plan, series,
                sequence, newStatus, scheduledAt, revisedAt, newCompletedAt, cancelledAt, cancelReason, newOutcome,
                feedback, erasures, version);
    }

    private Session with(SessionOutcome newOutcome, List<Feedback> newFeedback, List<Erasure> newErasures,
            SessionPlan newPlan, String newCancelReason) {
        return new Session(id, tenantId, mentorshipId, programId, mentorId, menteeId, menteeIds, newPlan, series,
                sequence, status, scheduledAt, revisedAt, completedAt, cancelledAt, newCancelReason, newOutcome,
                newFeedback, newErasures, version);
    }
}
