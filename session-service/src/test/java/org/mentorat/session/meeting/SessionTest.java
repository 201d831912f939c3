package org.mentorat.session.meeting;

import org.mentorat.platform.store.Changed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mentorat.session.meeting.SessionMother.NOW;
import static org.mentorat.session.meeting.SessionMother.STARTS_AT;
import static org.mentorat.session.mentorship.MentorshipMother.MENTEE;
import static org.mentorat.session.mentorship.MentorshipMother.MENTOR;
import static org.mentorat.session.mentorship.MentorshipMother.PROGRAM;

import org.junit.jupiter.api.Test;
import org.mentorat.events.session.FeedbackSubmitted;
import org.mentorat.events.session.SessionCompleted;
import org.mentorat.events.session.SessionScheduled;
import org.mentorat.platform.security.Role;
import org.mentorat.platform.web.ConflictException;
import org.mentorat.platform.web.ForbiddenException;
import org.mentorat.session.mentorship.MentorshipMother;

class SessionTest {

    @Test
    void schedulingInAnActiveMentorshipCopiesItsPeopleAndSaysSo() {
        Changed<Session> scheduled = Session.schedule("ses-1", MentorshipMother.active(), SessionMother.plan());

        Session session = scheduled.state();
        assertThat(session.status()).isEqualTo(SessionStatus.SCHEDULED);
        assertThat(session.programId()).isEqualTo(PROGRAM);
        assertThat(scheduled.events()).containsExactly(new SessionScheduled("ses-1", "mts-1", MENTOR, MENTEE,
                STARTS_AT, 45, PROGRAM, java.util.List.of(MENTEE), "UTC", "VIDEO", null, 0, null));
    }

    @Test
    void anEndedMentorshipTakesNoNewSessions() {
        assertThatThrownBy(() -> Session.schedule("ses-1", MentorshipMother.ended(), SessionMother.plan()))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).type()).isEqualTo("mentorship-not-active");
    }

    @Test
    void completingAScheduledSessionAnnouncesItWithEveryoneConcerned() {
        Changed<Session> completed = SessionMother.scheduled().complete(NOW);

        assertThat(completed.state().status()).isEqualTo(SessionStatus.COMPLETED);
        assertThat(completed.state().completedAt()).isEqualTo(NOW);
        assertThat(completed.events()).containsExactly(new SessionCompleted("ses-1", "mts-1", PROGRAM, MENTOR, MENTEE,
                NOW, java.util.List.of(MENTEE), 45));
    }

    @Test
    void onlyAScheduledSessionCanBeCompleted() {
        assertConflict(() -> SessionMother.completed().complete(NOW), "session-not-scheduled");
        assertConflict(() -> SessionMother.cancelled().complete(NOW), "session-not-scheduled");
    }

    @Test
    void cancellingAScheduledSessionEndsIt() {
        Changed<Session> cancelled = SessionMother.scheduled().cancel(NOW);

        assertThat(cancelled.state().status()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(cancelled.state().cancelledAt()).isEqualTo(NOW);
        assertConflict(() -> SessionMother.completed().cancel(NOW), "session-not-scheduled");
        assertConflict(() -> SessionMother.cancelled().cancel(NOW), "session-not-scheduled");
    }

    @Test
    void eachParticipantRatesACompletedSessionOnce() {
        Changed<Session> byMentee = SessionMother.completed().submitFeedback("fbk-1", MENTEE, 5, "Very useful", NOW);
        Changed<Session> byMentor = byMentee.state().submitFeedback("fbk-2", MENTOR, 4, null, NOW);

        assertThat(byMentee.events()).containsExactly(new FeedbackSubmitted("fbk-1", "ses-1", "mts-1", MENTEE, 5, NOW, PROGRAM, "YES"));
        assertThat(byMentor.events()).containsExactly(new FeedbackSubmitted("fbk-2", "ses-1", "mts-1", MENTOR, 4, NOW, PROGRAM, "YES"));
        assertThat(byMentor.state().feedback()).extracting(Feedback::authorId).containsExactly(MENTEE, MENTOR);
        assertConflict(() -> byMentor.state().submitFeedback("fbk-3", MENTEE, 1, null, NOW),
                "feedback-already-submitted");
    }

    @Test
    void feedbackWaitsUntilTheSessionTookPlace() {
        assertConflict(() -> SessionMother.scheduled().submitFeedback("fbk-1", MENTEE, 5, null, NOW),
                "session-not-completed");
        assertConflict(() -> SessionMother.cancelled().submitFeedback("fbk-1", MENTEE, 5, null, NOW),
                "session-not-completed");
    }

    @Test
    void onlyParticipantsGiveFeedbackNotEvenAdministrators() {
        assertThatThrownBy(() -> SessionMother.completed().submitFeedback("fbk-1", "admin-1", 5, null, NOW))
                .isInstanceOf(ForbiddenException.class);
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
    void anErasureClearsTheAgendaAndThePersonsCommentsOnceAndKeepsTheRatings() {
        Session rated = SessionMother.completed().submitFeedback("fbk-1", MENTEE, 2, "My manager ignores me", NOW)
                .state().submitFeedback("fbk-2", MENTOR, 5, "Good progress", NOW).state();

        Changed<Session> erased = rated.eraseWordsOf("era-1", MENTEE, NOW);

        Session session = erased.state();
        assertThat(erased.events()).isEmpty();
        assertThat(session.plan().agenda()).isNull();
        assertThat(session.feedbackBy(MENTEE).orElseThrow().comment()).isNull();
        assertThat(session.feedbackBy(MENTEE).orElseThrow().rating()).isEqualTo(2);
        assertThat(session.feedbackBy(MENTOR).orElseThrow().comment()).isEqualTo("Good progress");
        assertThat(session.erasures()).singleElement()
                .satisfies(mark -> assertThat(mark.cleared()).containsExactly("agenda", "feedback.comment"));
        assertThat(session.eraseWordsOf("era-1", MENTEE, NOW).state()).isEqualTo(session);
    }

    private static void assertConflict(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String type) {
        assertThatThrownBy(call).isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).type()).isEqualTo(type);
    }
}
