package org.mentorat.session.mentorship;

import org.mentorat.platform.store.Changed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mentorat.session.mentorship.MentorshipMother.ACCEPTED_AT;
import static org.mentorat.session.mentorship.MentorshipMother.MENTEE;
import static org.mentorat.session.mentorship.MentorshipMother.MENTOR;
import static org.mentorat.session.mentorship.MentorshipMother.PROGRAM;
import static org.mentorat.session.mentorship.MentorshipMother.TENANT;
import static org.mentorat.session.mentorship.MentorshipMother.acceptedMatch;

import org.junit.jupiter.api.Test;
import org.mentorat.events.matching.MatchAccepted;
import org.mentorat.events.session.MentorshipStarted;
import org.mentorat.platform.security.Role;

class MentorshipTest {

    @Test
    void anAcceptedMatchOpensAnActiveMentorshipAndSaysSo() {
        Changed<Mentorship> opened = Mentorship.open(TENANT, acceptedMatch("mat-1"));

        Mentorship mentorship = opened.state();
        assertThat(mentorship.status()).isEqualTo(MentorshipStatus.ACTIVE);
        assertThat(mentorship.tenantId()).isEqualTo(TENANT);
        assertThat(mentorship.startedAt()).isEqualTo(ACCEPTED_AT);
        assertThat(opened.events()).containsExactly(new MentorshipStarted(mentorship.id(), "mat-1", PROGRAM, MENTOR,
                MENTEE, ACCEPTED_AT, null, null));
    }

    @Test
    void theSameMatchAlwaysOpensTheSameMentorshipId() {
        String first = Mentorship.open(TENANT, acceptedMatch("mat-1")).state().id();

        assertThat(Mentorship.open(TENANT, acceptedMatch("mat-1")).state().id()).isEqualTo(first);
        assertThat(Mentorship.open(TENANT, acceptedMatch("mat-2")).state().id()).isNotEqualTo(first);
        assertThat(Mentorship.open("globex", acceptedMatch("mat-1")).state().id()).isNotEqualTo(first);
    }

    @Test
    void anAcceptanceWithoutItsPeopleCannotOpenAMentorship() {
        MatchAccepted noMentee = new MatchAccepted("mat-1", PROGRAM, MENTOR, " ", ACCEPTED_AT);

        assertThatThrownBy(() -> Mentorship.open(TENANT, noMentee))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("menteeId");
    }

    @Test
    void onlyItsParticipantsAndAdministratorsSeeIt() {
        Mentorship mentorship = MentorshipMother.active();

        assertThat(mentorship.isVisibleTo(MentorshipMother.person(MENTOR, Role.MENTOR))).isTrue();
        assertThat(mentorship.isVisibleTo(MentorshipMother.person(MENTEE, Role.MENTEE))).isTrue();
        assertThat(mentorship.isVisibleTo(MentorshipMother.admin())).isTrue();
        assertThat(mentorship.isVisibleTo(MentorshipMother.person("per-other", Role.MENTEE))).isFalse();
    }
}
