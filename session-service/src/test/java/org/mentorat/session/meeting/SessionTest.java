package org.mentorat.session.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mentorat.session.meeting.SessionMother.BEFORE_START;
import static org.mentorat.session.meeting.SessionMother.LINK;
import static org.mentorat.session.meeting.SessionMother.NOW;
import static org.mentorat.session.meeting.SessionMother.SCHEDULED_AT;
import static org.mentorat.session.meeting.SessionMother.SECOND_MENTEE;
import static org.mentorat.session.meeting.SessionMother.STARTS_AT;
import static org.mentorat.session.mentorship.MentorshipMother.MENTEE;
import static org.mentorat.session.mentorship.MentorshipMother.MENTOR;
import static org.mentorat.session.mentorship.MentorshipMother.PROGRAM;

import java.time.Instant;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.mentorat.events.session.FeedbackSubmitted;
import org.mentorat.events.session.SessionCancelled;
import org.mentorat.events.session.SessionCompleted;
import org.mentorat.events.session.SessionRescheduled;
import org.mentorat.events.session.SessionScheduled;
import org.mentorat.security.Role;
import org.mentorat.platform.store.Changed;
import org.mentorat.platform.web.ConflictException;
import org.mentorat.session.mentorship.MentorshipMother;

class SessionTest {

    @Test
    void schedulingInAnActiveMentorshipCopiesItsPeopleAndSaysSo() {
        Changed<Session> scheduled = Session.schedule("ses-1", MentorshipMother.active(), SessionMother.plan(),
                null, SCHEDULED_AT);

        Session session = scheduled.state();
        assertThat(session.status()).isEqualTo(SessionStatus.SCHEDULED);
        assertThat(session.programId()).isEqualTo(PROGRAM);
        assertThat(session.sequence()).isZero();
        assertThat(scheduled.events()).containsExactly(new SessionScheduled("ses-1", "mts-1", MENTOR, MENTEE,
                STARTS_AT, 45, PROGRAM, List.of(MENTEE), "Europe/Paris", "VIDEO", LINK, 0, null, "Career goals",
                SCHEDULED_AT));
    }

    @Test
    void aGroupSessionInvitesTheMentorAndEveryMentee() {
        Session session = SessionMother.ofGroup();

        assertThat(session.participants()).containsExactly(MENTOR, MENTEE, SECOND_MENTEE);
        assertThat(session.isVisibleTo(MentorshipMother.person(SECOND_MENTEE, Role.MENTEE))).isTrue();
        assertThat(session.complete(MENTOR, Completion.NOTHING, NOW).events())
                .singleElement().extracting(event -> ((SessionCompleted) event).menteeIds())
                .isEqualTo(List.of(MENTEE, SECOND_MENTEE));
    }

    @Test
    void anEndedMentorshipTakesNoNewSessions() {
        assertConflict(() -> Session.schedule("ses-1", MentorshipMother.ended(), SessionMother.plan(), null,
                SCHEDULED_AT), "mentorship-not-active");
    }

    @Test
    void everyRescheduleRaisesTheSequenceAndSaysWhereTheSessionWent() {
        Instant later = STARTS_AT.plusSeconds(7200);
        Changed<Session> moved = SessionMother.rescheduled(1).reschedule(later, 30, "America/Toronto", NOW);

        assertThat(moved.state().sequence()).isEqualTo(2);
        assertThat(moved.state().plan().startsAt()).isEqualTo(later);
        assertThat(moved.state().plan().location()).isEqualTo(LINK);
        assertThat(moved.events()).containsExactly(new SessionRescheduled("ses-1", "mts-1", PROGRAM, MENTOR,
                List.of(MENTEE), later, 30, "America/Toronto", 2, NOW, "VIDEO", LINK, "Career goals", SCHEDULED_AT));
        assertConflict(() -> SessionMother.cancelled().reschedule(later, 30, "UTC", NOW), "session-not-scheduled");
    }

    @Test
    void cancellingRaisesTheSequenceAndEndsTheSession() {
        Changed<Session> cancelled = SessionMother.rescheduled(1).cancel("Mentor is ill", NOW);

        assertThat(cancelled.state().status()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(cancelled.state().cancelledAt()).isEqualTo(NOW);
        assertThat(cancelled.events()).containsExactly(new SessionCancelled("ses-1", "mts-1", PROGRAM, MENTOR,
                List.of(MENTEE), STARTS_AT.plusSeconds(3600), 2, "Mentor is ill", NOW, 60, "Europe/Paris", "VIDEO", LINK,
                "Career goals", SCHEDULED_AT));
        assertConflict(() -> SessionMother.completed().cancel(null, NOW), "session-not-scheduled");
        assertConflict(() -> SessionMother.cancelled().cancel(null, NOW), "session-not-scheduled");
    }

    @Test
    void completingFromTheStartOnRecordsWhatHappenedAndAnnouncesIt() {
        Completion report = new Completion(50, List.of("CV", " "), "Ask about the promotion", NoteVisibility.SHARED);
        Changed<Session> completed = SessionMother.scheduled().complete(MENTEE, report, STARTS_AT);

        assertThat(completed.state().status()).isEqualTo(SessionStatus.COMPLETED);
        assertThat(completed.state().outcome().topics()).containsExactly("CV");
        assertThat(completed.state().outcome().notes()).singleElement()
                .extracting(SessionNote::authorId, SessionNote::visibility)
                .containsExactly(MENTEE, NoteVisibility.SHARED);
        assertThat(completed.events()).containsExactly(new SessionCompleted("ses-1", "mts-1", PROGRAM, MENTOR, MENTEE,
                STARTS_AT, List.of(MENTEE), 50));
    }

    @Test
    void aSessionCannotBeCompletedBeforeItStartsNorOnceCancelledOrHeld() {
        assertConflict(() -> SessionMother.scheduled().complete(MENTOR, Completion.NOTHING, BEFORE_START),
                "session-not-started");
        assertConflict(() -> SessionMother.completed().complete(MENTOR, Completion.NOTHING, NOW),
                "session-not-scheduled");
        assertConflict(() -> SessionMother.cancelled().complete(MENTOR, Completion.NOTHING, NOW),
                "session-not-scheduled");
    }

    @Test
    void aNoShowIsRecordedFromTheStartOnWithoutAnEvent() {
        Changed<Session> missed = SessionMother.scheduled().markNoShow(List.of(MENTEE), NOW);

        assertThat(missed.state().status()).isEqualTo(SessionStatus.NO_SHOW);
        assertThat(missed.state().outcome().absentIds()).containsExactly(MENTEE);
        assertThat(missed.events()).isEmpty();
        assertConflict(() -> SessionMother.scheduled().markNoShow(List.of(MENTEE), BEFORE_START),
                "session-not-started");
    }

    @Test
    void aPrivateNoteIsReadByItsAuthorOnlyASharedOneByTheParticipants() {
        Session noted = SessionMother.completed().addNote(MENTOR, "Shy today", NoteVisibility.PRIVATE, NOW).state()
                .addNote(MENTEE, "Read the book", NoteVisibility.SHARED, NOW).state();

        assertThat(noted.outcome().readableBy(MentorshipMother.person(MENTOR, Role.MENTOR), noted))
                .extracting(SessionNote::text)
                .containsExactly("Shy today", "Read the book");
        assertThat(noted.outcome().readableBy(MentorshipMother.person(MENTEE, Role.MENTEE), noted))
                .extracting(SessionNote::text)
                .containsExactly("Read the book");
        assertThat(noted.outcome().readableBy(MentorshipMother.admin(), noted)).isEmpty();
        assertConflict(() -> SessionMother.scheduled().addNote(MENTOR, "Too early", NoteVisibility.SHARED, NOW),
                "session-not-completed");
    }

    @Test
    void eachParticipantRatesACompletedSessionOnce() {
        Changed<Session> byMentee = SessionMother.completed().submitFeedback("fbk-1", MENTEE, 5, Helped.YES,
                "Very useful", NOW);
        Changed<Session> byMentor = byMentee.state().submitFeedback("fbk-2", MENTOR, 4, Helped.PARTLY, null, NOW);

        assertThat(byMentee.events()).containsExactly(
                new FeedbackSubmitted("fbk-1", "ses-1", "mts-1", MENTEE, 5, NOW, PROGRAM, "YES"));
        assertThat(byMentor.events()).containsExactly(
                new FeedbackSubmitted("fbk-2", "ses-1", "mts-1", MENTOR, 4, NOW, PROGRAM, "PARTLY"));
        assertThat(byMentor.state().feedback()).extracting(Feedback::authorId).containsExactly(MENTEE, MENTOR);
        assertConflict(() -> byMentor.state().submitFeedback("fbk-3", MENTEE, 1, Helped.NO, null, NOW),
                "feedback-already-submitted");
    }

    @Test
    void feedbackWaitsUntilTheSessionTookPlace() {
        assertConflict(() -> SessionMother.scheduled().submitFeedback("fbk-1", MENTEE, 5, Helped.YES, null, NOW),
                "session-not-completed");
        assertConflict(() -> SessionMother.cancelled().submitFeedback("fbk-1", MENTEE, 5, Helped.YES, null, NOW),
                "session-not-completed");
    }

    @Test
    void onlyParticipantsGiveFeedbackNotEvenAdministrators() {
        assertConflict(() -> SessionMother.completed().submitFeedback("fbk-1", "admin-1", 5, Helped.YES, null, NOW),
                "not-a-participant");
    }

    @Test
    void participantsAndAdministratorsSeeTheSessionOthersDoNot() {
        Session session = SessionMother.scheduled();

        assertThat(session.isVisibleTo(MentorshipMother.person(MENTOR, Role.MENTOR))).isTrue();
        assertThat(session.isVisibleTo(MentorshipMother.person(MENTEE, Role.MENTEE))).isTrue();
        assertThat(session.isVisibleTo(MentorshipMother.admin())).isTrue();
        assertThat(session.isVisibleTo(MentorshipMother.person("per-other", Role.MENTOR))).isFalse();
    }

    @Test
    void anErasureClearsTheWordsAndThePersonsCommentsAndNotesOnceAndKeepsTheRatings() {
        Completion report = new Completion(null, List.of("Conflict with my manager"), "My manager ignores me",
                NoteVisibility.PRIVATE);
        Session rated = SessionMother.scheduled().complete(MENTEE, report, NOW).state()
                .submitFeedback("fbk-1", MENTEE, 2, Helped.NO, "My manager ignores me", NOW)
                .state().submitFeedback("fbk-2", MENTOR, 5, Helped.YES, "Good progress", NOW).state();

        Changed<Session> erased = rated.eraseWordsOf("era-1", MENTEE, NOW);

        Session session = erased.state();
        assertThat(erased.events()).isEmpty();
        assertThat(session.plan().agenda()).isNull();
        assertThat(session.outcome().topics()).isEmpty();
        assertThat(session.outcome().notes()).singleElement().extracting(SessionNote::text).isNull();
        assertThat(session.feedbackBy(MENTEE).orElseThrow().comment()).isNull();
        assertThat(session.feedbackBy(MENTEE).orElseThrow().rating()).isEqualTo(2);
        assertThat(session.feedbackBy(MENTOR).orElseThrow().comment()).isEqualTo("Good progress");
        assertThat(session.erasures()).singleElement().satisfies(mark -> assertThat(mark.cleared())
                .containsExactly("agenda", "topics", "notes", "feedback.comment"));
        assertThat(session.eraseWordsOf("era-1", MENTEE, NOW).state()).isEqualTo(session);
    }

    private static void assertConflict(ThrowingCallable call, String type) {
        assertThatThrownBy(call).isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).type()).isEqualTo(type);
    }
}
