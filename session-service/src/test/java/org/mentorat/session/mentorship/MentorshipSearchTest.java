package org.mentorat.session.mentorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mentorat.session.mentorship.MentorshipMother.MENTEE;

import org.junit.jupiter.api.Test;
import org.mentorat.security.Role;
import org.mentorat.platform.web.ForbiddenException;

class MentorshipSearchTest {

    @Test
    void aParticipantAlwaysSearchesTheirOwnMentorships() {
        MentorshipSearch search = MentorshipSearch.by(MentorshipMother.person(MENTEE, Role.MENTEE), null, "prg-1",
                MentorshipStatus.PAUSED, 0, 20);

        assertThat(search).isEqualTo(new MentorshipSearch(MENTEE, "prg-1", MentorshipStatus.PAUSED, 0, 20));
    }

    @Test
    void aParticipantMayNotSearchSomeoneElsesMentorships() {
        assertThatThrownBy(() -> MentorshipSearch.by(MentorshipMother.person(MENTEE, Role.MENTEE), "per-other", null,
                null, 0, 20)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void anAdministratorSearchesTheWholeTenantOrOnePerson() {
        assertThat(MentorshipSearch.by(MentorshipMother.admin(), null, null, null, 2, 10).personId()).isNull();
        assertThat(MentorshipSearch.by(MentorshipMother.admin(), "per-x", null, null, 2, 10).personId()).isEqualTo("per-x");
        assertThat(MentorshipSearch.by(MentorshipMother.admin(), null, null, null, 2, 10).skip()).isEqualTo(20);
    }
}
