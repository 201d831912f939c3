package org.mentorat.session.mentorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mentorat.session.mentorship.MentorshipMother.MENTEE;
import static org.mentorat.session.mentorship.MentorshipMother.MENTOR;
import static org.mentorat.session.mentorship.MentorshipMother.NOW;
import static org.mentorat.session.mentorship.MentorshipMother.PROGRAM;
import static org.mentorat.session.mentorship.MentorshipTest.side;

import org.junit.jupiter.api.Test;
import org.mentorat.events.session.SurveySubmitted;
import org.mentorat.platform.store.Changed;
import org.mentorat.platform.web.ConflictException;

class AgreementAndSurveyTest {

    @Test
    void theAgreementShowsWhoConfirmedAndIsAgreedOnceEverySideConfirmedTheSameChoices() {
        Mentorship mentorConfirmed = MentorshipMother.active().agree(side(MENTOR, true)).state();
        Mentorship menteeDraft = mentorConfirmed.agree(side(MENTEE, false)).state();
        Mentorship both = menteeDraft.agree(side(MENTEE, true)).state();

        assertThat(mentorConfirmed.agreement().sideOf(MENTOR).orElseThrow().confirmedAt()).isEqualTo(NOW);
        assertThat(menteeDraft.agreement().confirmedBy(menteeDraft.participants())).isFalse();
        assertThat(menteeDraft.agreedCadence()).isEmpty();
        assertThat(both.agreement().confirmedBy(both.participants())).isTrue();
        assertThat(both.agreedCadence()).contains(Cadence.EVERY_TWO_WEEKS);
        assertThat(both.agreedFormat()).contains(MeetingFormat.VIDEO);
    }

    @Test
    void sidesThatChoseDifferentlyHaveNoAgreedValueUntilOneChanges() {
        AgreementSide monthlyInPerson = new AgreementSide(MENTEE, "Learn to delegate", true, Cadence.MONTHLY,
                MeetingFormat.VIDEO, NOW);
        Mentorship differing = MentorshipMother.active().agree(side(MENTOR, true)).state()
                .agree(monthlyInPerson).state();

        assertThat(differing.agreement().confirmedBy(differing.participants())).isTrue();
        assertThat(differing.agreedCadence()).isEmpty();
        assertThat(differing.agreedFormat()).contains(MeetingFormat.VIDEO);
    }

    @Test
    void eachParticipantAnswersTheClosingSurveyOnceAfterTheEnd() {
        ClosingSurvey survey = survey(MENTEE);
        Changed<Mentorship> answered = MentorshipMother.completed().submitSurvey(survey);

        assertThat(answered.state().surveyOf(MENTEE)).contains(survey);
        assertThat(answered.events()).containsExactly(new SurveySubmitted("sur-1", "mts-1", PROGRAM, MENTEE, 9, NOW));
        assertThatThrownBy(() -> answered.state().submitSurvey(survey(MENTEE)))
                .isInstanceOfSatisfying(ConflictException.class,
                        conflict -> assertThat(conflict.type()).isEqualTo("survey-already-submitted"));
        assertThatThrownBy(() -> MentorshipMother.active().submitSurvey(survey(MENTEE)))
                .isInstanceOfSatisfying(ConflictException.class,
                        conflict -> assertThat(conflict.type()).isEqualTo("mentorship-not-finished"));
        assertThat(MentorshipMother.ended().submitSurvey(survey(MENTOR)).events()).hasSize(1);
    }

    @Test
    void erasingAPersonClearsTheirWordsAndKeepsScoresAndConfirmations() {
        Mentorship agreed = MentorshipMother.active().agree(side(MENTOR, true)).state().agree(side(MENTEE, true))
                .state();
        Mentorship ended = agreed.end("ENDED_BY_PARTICIPANT", "Personal reasons", MENTEE, NOW).state()
                .submitSurvey(survey(MENTEE)).state().submitSurvey(survey(MENTOR)).state();

        Mentorship erased = ended.withoutWordsOf(MENTEE);

        AgreementSide menteeSide = erased.agreement().sideOf(MENTEE).orElseThrow();
        assertThat(menteeSide.expectations()).isNull();
        assertThat(menteeSide.confirmed()).isTrue();
        assertThat(erased.agreement().sideOf(MENTOR).orElseThrow().expectations()).isNotNull();
        assertThat(erased.surveyOf(MENTEE).orElseThrow()).isEqualTo(new ClosingSurvey("sur-1", MENTEE, 9, null,
                null, null, NOW));
        assertThat(erased.surveyOf(MENTOR).orElseThrow().achieved()).isNotNull();
        assertThat(erased.closure().note()).isNull();
        assertThat(erased.closure().reason()).isEqualTo("ENDED_BY_PARTICIPANT");
        assertThat(erased.withoutWordsOf(MENTEE)).isEqualTo(erased);
    }

    private static ClosingSurvey survey(String respondentId) {
        return new ClosingSurvey("sur-1", respondentId, 9, "A promotion plan", "Ask for feedback early",
                "Regular sessions", NOW);
    }
}
