package org.mentorat.matching.match;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorat.matching.ProgramWorld;
import org.mentorat.matching.readmodel.Candidates;
import org.mentorat.matching.readmodel.Mentee;
import org.mentorat.matching.readmodel.MenteeStatus;
import org.mentorat.matching.readmodel.SeatLedger;
import org.mentorat.matching.scoring.vocabulary.ScoredPair;
import org.mentorat.testkit.ServiceDriver;
import org.mentorat.testkit.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;

/** A crash after claiming a mentee and a seat, before the match was announced, loses no seat. */
@ServiceTest(service = "matching")
class InterruptedProposalIT {

    @Autowired
    ServiceDriver driver;

    @Autowired
    MongoDatabase database;

    @Autowired
    MatchStore store;

    @Autowired
    SeatLedger ledger;

    @Autowired
    Candidates candidates;

    @Autowired
    Matches matches;

    @Test
    void aProposalInterruptedAfterItsClaimsGivesThemBackAndAnnouncesNothing() {
        var world = new ProgramWorld(driver, database).published("MENTEE_CHOOSES", "ONE_TO_ONE",
                ProgramWorld.noRules());
        String mentorEnrollment = world.mentor("mo", 1, List.of("java"));
        String menteeEnrollment = world.mentee("ned", List.of("java"));
        Mentee mentee = candidates.mentee(world.tenant, menteeEnrollment).orElseThrow();
        var mentor = candidates.mentor(world.tenant, mentorEnrollment).orElseThrow();
        Instant crashedAt = Instant.now();
        Match pending = Match.proposed(world.tenant, new Proposal("crashed", mentor, mentee, new ScoredPair(0.5, List.of(), List.of()),
                MatchOrigin.MENTEE_REQUEST, false, true, null, Duration.ofDays(7)), crashedAt).pending();
        store.insertPending(pending);
        ledger.claimMentee(world.tenant, menteeEnrollment, "crashed");
        ledger.reserveSeat(world.tenant, mentorEnrollment, "crashed", crashedAt);
        assertThat(world.seatsLeft(mentorEnrollment)).isZero();

        assertThat(matches.abandonStalePending(crashedAt.minusSeconds(1))).as("not stale yet").isZero();
        assertThat(matches.abandonStalePending(crashedAt.plus(Duration.ofMinutes(3)))).isEqualTo(1);

        assertThat(world.seatsLeft(mentorEnrollment)).isEqualTo(1);
        assertThat(candidates.mentee(world.tenant, menteeEnrollment).orElseThrow().status()).isEqualTo(MenteeStatus.WAITING);
        assertThat(matches.find(world.tenant, "crashed")).isEmpty();
    }
}
