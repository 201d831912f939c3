package org.mentorat.matching.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorat.events.matching.MatchAccepted;
import org.mentorat.platform.security.Caller;
import org.mentorat.platform.security.Role;
import org.mentorat.platform.web.ConflictException;
import org.mentorat.platform.web.ForbiddenException;

class MatchTest {

    private static final Instant NOW = Instant.parse("2026-05-04T10:00:00Z");

    private static Match aProposal() {
        return Match.proposed("m-1", "p-1", "mentor", "mentee", 0.8, List.of("SHARED_TOPICS"));
    }

    private static Caller person(String id, Role role) {
        return new Caller("acme", id, Set.of(role));
    }

    @Test
    void oneSideAcceptingKeepsTheMatchProposedAndAnnouncesNothing() {
        Match.Decision decision = aProposal().accept(person("mentee", Role.MENTEE), NOW);

        assertThat(decision.match().status()).isEqualTo(MatchStatus.PROPOSED);
        assertThat(decision.match().menteeAccepted()).isTrue();
        assertThat(decision.events()).isEmpty();
    }

    @Test
    void theSecondAcceptanceAcceptsTheMatchAndAnnouncesIt() {
        Match halfAccepted = aProposal().accept(person("mentee", Role.MENTEE), NOW).match();

        Match.Decision decision = halfAccepted.accept(person("mentor", Role.MENTOR), NOW);

        assertThat(decision.match().status()).isEqualTo(MatchStatus.ACCEPTED);
        assertThat(decision.events()).containsExactly(new MatchAccepted("m-1", "p-1", "mentor", "mentee", NOW));
    }

    @Test
    void anAdministratorAcceptsForBoth() {
        Match.Decision decision = aProposal().accept(person("admin", Role.PROGRAM_ADMIN), NOW);

        assertThat(decision.match().status()).isEqualTo(MatchStatus.ACCEPTED);
        assertThat(decision.events()).hasSize(1);
    }

    @Test
    void aStrangerMayNotAccept() {
        assertThatThrownBy(() -> aProposal().accept(person("someone", Role.MENTEE), NOW))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void anAcceptedMatchCannotBeAcceptedAgain() {
        Match accepted = aProposal().accept(person("admin", Role.PROGRAM_ADMIN), NOW).match();

        assertThatThrownBy(() -> accepted.accept(person("mentor", Role.MENTOR), NOW))
                .isInstanceOf(ConflictException.class);
    }
}
