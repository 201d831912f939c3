package org.mentorat.matching.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorat.events.matching.MatchAccepted;
import org.mentorat.events.matching.MatchDeclined;
import org.mentorat.events.matching.MatchEnded;
import org.mentorat.events.matching.MatchExpired;
import org.mentorat.matching.readmodel.Mentee;
import org.mentorat.matching.readmodel.MenteeStatus;
import org.mentorat.matching.readmodel.Mentor;
import org.mentorat.matching.scoring.vocabulary.Candidate;
import org.mentorat.matching.scoring.vocabulary.Contribution;
import org.mentorat.matching.scoring.vocabulary.Criterion;
import org.mentorat.matching.scoring.vocabulary.Reason;
import org.mentorat.matching.scoring.vocabulary.ReasonCode;
import org.mentorat.matching.scoring.vocabulary.ScoredPair;
import org.mentorat.platform.security.Caller;
import org.mentorat.security.Role;
import org.mentorat.platform.store.Changed;
import org.mentorat.platform.web.ConflictException;
import org.mentorat.platform.web.ForbiddenException;

class MatchTest {

    private static final Instant NOW = Instant.parse("2026-05-04T10:00:00Z");

    private static Match aProposal() {
        Candidate nobody = new Candidate("x", null, null, null, null, null, null, null, null, null, null, false, null,
                null, null, null, null);
        Mentor mentor = new Mentor("enr-mentor", "p-1", "mentor", 2, 2, true, nobody);
        Mentee mentee = new Mentee("enr-mentee", "p-1", "mentee", MenteeStatus.WAITING, null, nobody);
        ScoredPair scored = new ScoredPair(0.8, List.of(new Contribution(Criterion.SKILLS, 0.8, 1, 0.8)),
                List.of(new Reason(ReasonCode.SHARED_TOPICS, "You share topics.")));
        return Match.proposed("t-1", new Proposal("m-1", mentor, mentee, scored, MatchOrigin.ADMIN, false, false, null,
                Duration.ofDays(7)), NOW);
    }

    private static Caller person(String id, Role role) {
        return new Caller("acme", id, Set.of(role));
    }

    @Test
    void oneSideAcceptingKeepsTheMatchProposedAndAnnouncesNothing() {
        Changed<Match> decision = aProposal().accept(person("mentee", Role.MENTEE), NOW);

        assertThat(decision.state().status()).isEqualTo(MatchStatus.PROPOSED);
        assertThat(decision.state().menteeAccepted()).isTrue();
        assertThat(decision.events()).isEmpty();
    }

    @Test
    void theSecondAcceptanceAcceptsTheMatchAndAnnouncesIt() {
        Match halfAccepted = aProposal().accept(person("mentee", Role.MENTEE), NOW).state();

        Changed<Match> decision = halfAccepted.accept(person("mentor", Role.MENTOR), NOW);

        assertThat(decision.state().status()).isEqualTo(MatchStatus.ACCEPTED);
        assertThat(decision.events()).containsExactly(new MatchAccepted("m-1", "p-1", "mentor", "mentee", NOW));
    }

    @Test
    void anAdministratorAcceptsForBoth() {
        Changed<Match> decision = aProposal().accept(person("admin", Role.PROGRAM_ADMIN), NOW);

        assertThat(decision.state().status()).isEqualTo(MatchStatus.ACCEPTED);
        assertThat(decision.events()).hasSize(1);
    }

    @Test
    void aStrangerMayNotAccept() {
        assertThatThrownBy(() -> aProposal().accept(person("someone", Role.MENTEE), NOW))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void anAcceptedMatchCannotBeAcceptedAgain() {
        Match accepted = aProposal().accept(person("admin", Role.PROGRAM_ADMIN), NOW).state();

        assertThatThrownBy(() -> accepted.accept(person("mentor", Role.MENTOR), NOW))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void eitherSideMayDeclineAndSaysWhichSideItWas() {
        Changed<Match> decision = aProposal().decline(person("mentor", Role.MENTOR), DeclineReason.NO_TIME, NOW);

        assertThat(decision.state().status()).isEqualTo(MatchStatus.DECLINED);
        assertThat(decision.events()).containsExactly(
                new MatchDeclined("m-1", "p-1", "mentor", "mentee", "MENTOR", "NO_TIME", NOW));
        assertThatThrownBy(() -> decision.state().accept(person("mentee", Role.MENTEE), NOW))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aProposalExpiresOnlyOnceItsWindowHasClosed() {
        Match proposal = aProposal();

        assertThat(proposal.dueToExpire(NOW.plus(Duration.ofDays(7)).minusMillis(1))).isFalse();
        assertThat(proposal.dueToExpire(NOW.plus(Duration.ofDays(7)))).isTrue();
        Changed<Match> decision = proposal.expire(NOW.plus(Duration.ofDays(7)));
        assertThat(decision.events()).containsExactly(new MatchExpired("m-1", "p-1", "mentor", "mentee", false, false,
                NOW, NOW.plus(Duration.ofDays(7))));
        Match accepted = aProposal().accept(person("admin", Role.PROGRAM_ADMIN), NOW).state();
        assertThat(accepted.dueToExpire(NOW.plus(Duration.ofDays(30)))).as("accepted matches never expire").isFalse();
    }

    @Test
    void aProposalOfAProgramThatClosedExpiresAtOnceSayingWhoHadAccepted() {
        Match halfAccepted = aProposal().accept(person("mentee", Role.MENTEE), NOW).state();

        Changed<Match> decision = halfAccepted.expire(NOW.plusSeconds(60), "PROGRAM_CLOSED");

        assertThat(decision.state().status()).isEqualTo(MatchStatus.EXPIRED);
        assertThat(decision.state().closedReason()).isEqualTo("PROGRAM_CLOSED");
        assertThat(decision.events()).containsExactly(new MatchExpired("m-1", "p-1", "mentor", "mentee", false, true,
                NOW, NOW.plusSeconds(60)));
        assertThatThrownBy(() -> decision.state().expire(NOW, "PROGRAM_CLOSED")).isInstanceOf(ConflictException.class);
    }

    @Test
    void anAcceptedMatchEndsWhenTheMentorLeaves() {
        Match accepted = aProposal().accept(person("admin", Role.PROGRAM_ADMIN), NOW).state();

        Changed<Match> decision = accepted.end("MENTOR_LEFT", NOW);

        assertThat(decision.state().status()).isEqualTo(MatchStatus.ENDED);
        assertThat(decision.events()).containsExactly(
                new MatchEnded("m-1", "p-1", "mentor", "mentee", "MENTOR_LEFT", "ACCEPTED", NOW));
        assertThatThrownBy(() -> decision.state().end("MENTOR_LEFT", NOW)).isInstanceOf(ConflictException.class);
    }
}
