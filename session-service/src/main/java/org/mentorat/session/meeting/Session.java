package org.mentorat.session.meeting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mentorat.events.session.FeedbackSubmitted;
import org.mentorat.events.session.SessionCompleted;
import org.mentorat.events.session.SessionScheduled;
import org.mentorat.platform.security.Caller;
import org.mentorat.platform.store.Aggregate;
import org.mentorat.platform.store.Changed;
import org.mentorat.platform.web.ConflictException;
import org.mentorat.platform.web.ForbiddenException;
import org.mentorat.session.mentorship.Mentorship;

/**
 * One meeting of a mentorship and the feedback on it. The feedback lives in the session's own
 * document because its rules (completed sessions only, once per author) are the session's
 * invariants, and FeedbackSubmitted is a fact about the session (its subject is the session id).
 * The participants and program are copied from the mentorship when the session is scheduled,
 * so completing it needs nothing but the session itself.
 *
 * <p>Public, like the records it holds, because the store maps it with the MongoDB driver's record
 * codec, which reads components reflectively; its decisions stay package-private.
 */
public record Session(
        String id,
        String tenantId,
        String mentorshipId,
        String programId,
        String mentorId,
        String menteeId,
        SessionPlan plan,
        SessionStatus status,
        Instant completedAt,
        Instant cancelledAt,
        List<Feedback> feedback,
        List<Erasure> erasures,
        long version) implements Aggregate {

    public Session {
        feedback = feedback == null ? List.of() : List.copyOf(feedback);
        erasures = erasures == null ? List.of() : List.copyOf(erasures);
    }

    static Changed<Session> schedule(String id, Mentorship mentorship, SessionPlan plan) {
        if (!mentorship.isActive()) {
            throw new ConflictException("mentorship-not-active",
                    "Sessions can only be scheduled in an active mentorship; this one is " + mentorship.status() + ".");
        }
        Session session = new Session(id, mentorship.tenantId(), mentorship.id(), mentorship.programId(),
                mentorship.mentorId(), mentorship.menteeIds().getFirst(), plan, SessionStatus.SCHEDULED, null, null, List.of(), List.of(), 0);
        return Changed.of(session, new SessionScheduled(id, mentorship.id(), mentorship.mentorId(),
                mentorship.menteeIds().getFirst(), plan.startsAt(), plan.durationMinutes(), mentorship.programId(),
                mentorship.menteeIds(), "UTC", "VIDEO", null, 0, null));
    }

    Changed<Session> complete(Instant now) {
        requireScheduled("completed");
        return Changed.of(with(SessionStatus.COMPLETED, now, null, feedback),
                new SessionCompleted(id, mentorshipId, programId, mentorId, menteeId, now, List.of(menteeId),
                        plan.durationMinutes()));
    }

    /** No event yet: the contracts have no SessionCancelled; it comes with rescheduling. */
    Changed<Session> cancel(Instant now) {
        requireScheduled("cancelled");
        return Changed.of(with(SessionStatus.CANCELLED, null, now, feedback));
    }

    Changed<Session> submitFeedback(String feedbackId, String authorId, int rating, String comment, Instant now) {
        if (!hasParticipant(authorId)) {
            throw new ForbiddenException("Only the session's mentor and mentee can give feedback on it.");
        }
        if (status != SessionStatus.COMPLETED) {
            throw new ConflictException("session-not-completed",
                    "Feedback can only be given on a completed session; this one is " + status + ".");
        }
        if (feedbackBy(authorId).isPresent()) {
            throw new ConflictException("feedback-already-submitted",
                    "You have already given feedback on this session.");
        }
        List<Feedback> withNew = new ArrayList<>(feedback);
        withNew.add(new Feedback(feedbackId, authorId, rating, comment, now));
        return Changed.of(with(status, completedAt, cancelledAt, withNew),
                new FeedbackSubmitted(feedbackId, id, mentorshipId, authorId, rating, now, programId, "YES"));
    }

    /**
     * Clears the words of a person being erased: the agenda (written by either participant, so it
     * may hold both people's words) and the comments they wrote. Ratings, dates and ids stay for
     * the program's figures. The erasure is recorded, so that the same erasure changes nothing
     * the second time.
     */
    Changed<Session> eraseWordsOf(String erasureId, String personId, Instant now) {
        if (erasedBy(erasureId)) {
            return Changed.of(this);
        }
        List<String> cleared = new ArrayList<>();
        if (plan.agenda() != null) {
            cleared.add("agenda");
        }
        List<Feedback> kept = new ArrayList<>();
        for (Feedback given : feedback) {
            boolean theirs = personId.equals(given.authorId()) && given.comment() != null;
            if (theirs) {
                cleared.add("feedback.comment");
            }
            kept.add(theirs ? given.withoutComment() : given);
        }
        List<Erasure> marks = new ArrayList<>(erasures);
        marks.add(new Erasure(erasureId, personId, now, cleared));
        return Changed.of(new Session(id, tenantId, mentorshipId, programId, mentorId, menteeId,
                plan.withoutAgenda(), status, completedAt, cancelledAt, kept, marks, version));
    }

    boolean erasedBy(String erasureId) {
        return erasures.stream().anyMatch(mark -> mark.erasureId().equals(erasureId));
    }

    Optional<Feedback> feedbackBy(String authorId) {
        return feedback.stream().filter(given -> given.authorId().equals(authorId)).findFirst();
    }

    boolean hasParticipant(String personId) {
        return mentorId.equals(personId) || menteeId.equals(personId);
    }

    /** Like its mentorship: the two participants and the tenant's program administrators. */
    boolean isVisibleTo(Caller caller) {
        return caller.isAdmin() || hasParticipant(caller.subject());
    }

    private void requireScheduled(String wanted) {
        if (status != SessionStatus.SCHEDULED) {
            throw new ConflictException("session-not-scheduled",
                    "Only a scheduled session can be " + wanted + "; this one is " + status + ".");
        }
    }

    private Session with(SessionStatus newStatus, Instant newCompletedAt, Instant newCancelledAt,
            List<Feedback> newFeedback) {
        return new Session(id, tenantId, mentorshipId, programId, mentorId, menteeId, plan, newStatus,
                newCompletedAt, newCancelledAt, newFeedback, erasures, version);
    }
}
