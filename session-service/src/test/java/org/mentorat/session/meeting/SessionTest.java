package org.mentorat.session.meeting;

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
        Session.Change scheduled = Session.schedule("ses-1", MentorshipMother.active(), SessionMother.plan());

        Session session = scheduled.session();
        assertThat(session.status()).isEqualTo(SessionStatus.SCHEDULED);
        assertThat(session.programId()).isEqualTo(PROGRAM);
        assertThat(scheduled.events()).containsExactly(new SessionScheduled("ses-1", "mts-1", MENTOR, MENTEE,
                STARTS_AT, 45));
    }

    @Test
    void anEndedMentorshipTakesNoNewSessions() {
        assertThatThrownBy(() -> Session.schedule("ses-1", MentorshipMother.ended(), SessionMother.plan()))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).type()).isEqualTo("mentorship-not-active");
    }

    @Test
    void completingAScheduledSessionAnnouncesItWithEveryoneConcerned() {
        Session.Change completed = SessionMother.scheduled().complete(NOW);

        assertThat(completed.session().status()).isEqualTo(SessionStatus.COMPLETED);
        assertThat(completed.session().completedAt()).isEqualTo(NOW);
        assertThat(completed.events()).containsExactly(new SessionCompleted("ses-1", "mts-1", PROGRAM, MENTOR, MENTEE,
                NOW));
    }

    @Test
    void onlyAScheduledSessionCanBeCompleted() {
        assertConflict(() -> SessionMother.completed().complete(NOW), "session-not-scheduled");
        assertConflict(() -> SessionMother.cancelled().complete(NOW), "session-not-scheduled");
    }

    @Test
    void cancellingAScheduledSessionEndsIt() {
        Session.Change cancelled = SessionMother.scheduled().cancel(NOW);

        assertThat(cancelled.session().status()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(cancelled.session().cancelledAt()).isEqualTo(NOW);
        assertConflict(() -> SessionMother.completed().cancel(NOW), "session-not-scheduled");
        assertConflict(() -> SessionMother.cancelled().cancel(NOW), "session-not-scheduled");
    }

    @Test
    void eachParticipantRatesACompletedSessionOnce() {
        Session.Change byMentee = SessionMother.completed().submitFeedback("fbk-1", MENTEE, 5, "Very useful", NOW);
        Session.Change byMentor = byMentee.session().submitFeedback("fbk-2", MENTOR, 4, null, NOW);

        assertThat(byMentee.events()).containsExactly(new FeedbackSubmitted("fbk-1", "ses-1", "mts-1", MENTEE, 5, NOW));
        assertThat(byMentor.events()).containsExactly(new FeedbackSubmitted("fbk-2", "ses-1", "mts-1", MENTOR, 4, NOW));
        assertThat(byMentor.session().feedback()).extracting(Feedback::authorId).containsExactly(MENTEE, MENTOR);
        assertConflict(() -> byMentor.session().submitFeedback("fbk-3", MENTEE, 1, null, NOW),
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

    private static void assertConflict(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String type) {
        assertThatThrownBy(call).isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).type()).isEqualTo(type);
    }
}
