package org.mentorat.matching.match;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mentorat.testkit.EventProbe.ofTypeAbout;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorat.events.Topics;
import org.mentorat.events.matching.MatchProposed;
import org.mentorat.matching.ProgramWorld;
import org.mentorat.matching.readmodel.Candidates;
import org.mentorat.matching.readmodel.MenteeStatus;
import org.mentorat.matching.readmodel.SeatLedger;
import org.mentorat.matching.scoring.vocabulary.ScoredPair;
import org.mentorat.testkit.EventProbe;
import org.mentorat.testkit.HttpApi;
import org.mentorat.testkit.ServiceDriver;
import org.mentorat.testkit.ServiceTest;
import org.mentorat.testkit.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A crash between storing a match as PENDING and announcing it loses nothing: a proposal
 * interrupted after its claims gives them back, and an interrupted publication is finished when
 * asked again.
 */
@ServiceTest(service = "matching")
class CrashRecoveryIT {

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
        var world = ProgramWorld.oneToOne(driver, database, "MENTEE_CHOOSES");
        String mentorEnrollment = world.mentor("mo", 1, List.of("java"));
        String menteeEnrollment = world.mentee("ned", List.of("java"));
        Instant crashedAt = Instant.now();
        storePending(world, "crashed", mentorEnrollment, menteeEnrollment, MatchOrigin.MENTEE_REQUEST, null, crashedAt);
        ledger.claimMentee(world.tenant, menteeEnrollment, "crashed");
        ledger.reserveSeat(world.tenant, mentorEnrollment, "crashed", crashedAt);
        assertThat(world.seatsLeft(mentorEnrollment)).isZero();

        assertThat(matches.abandonStalePending(crashedAt.minusSeconds(1))).as("not stale yet").isZero();
        assertThat(matches.abandonStalePending(crashedAt.plus(Duration.ofMinutes(3)))).isEqualTo(1);

        assertThat(world.seatsLeft(mentorEnrollment)).isEqualTo(1);
        assertThat(candidates.mentee(world.tenant, menteeEnrollment).orElseThrow().status()).isEqualTo(MenteeStatus.WAITING);
        assertThat(matches.find(world.tenant, "crashed")).isEmpty();
    }

    @Test
    void aPendingMatchLeftByACrashIsProposedWhenThePublicationResumes() {
        var world = ProgramWorld.oneToOne(driver, database, "ADMIN_COHORT");
        String mentorEnrollment = world.mentor("rae", 1, List.of("java"));
        String menteeEnrollment = world.mentee("sam", List.of("java"));
        String runId = HttpApi.expect(world.post("/api/v1/programs/" + world.programId + "/matching-runs", "admin",
                "PROGRAM_ADMIN", null), 202).get("id").asString();
        await().atMost(Duration.ofSeconds(30)).until(() -> "DRAFT".equals(status(world, runId)));

        // the crash: the run was moved to PUBLISHING and the pair's match stored PENDING, nothing more
        database.getCollection("matching_runs").updateOne(eq("_id", runId), Updates.set("status", "PUBLISHING"));
        String matchId = UUID.nameUUIDFromBytes(("run:" + world.tenant + ":" + runId + ":" + menteeEnrollment)
                .getBytes(StandardCharsets.UTF_8)).toString();
        storePending(world, matchId, mentorEnrollment, menteeEnrollment, MatchOrigin.COHORT_RUN, runId, Instant.now());

        try (EventProbe probe = EventProbe.watching(TestInfrastructure.shared().kafkaBootstrapServers(),
                Topics.MATCHING_EVENTS)) {
            HttpApi.expect(world.post("/api/v1/matching-runs/" + runId + "/publish", "admin", "PROGRAM_ADMIN", null),
                    202);
            await().atMost(Duration.ofSeconds(30)).until(() -> "PUBLISHED".equals(status(world, runId)));

            probe.await(ofTypeAbout(MatchProposed.TYPE, matchId));
            assertThat(HttpApi.expect(world.asAdmin("/api/v1/matches/" + matchId), 200).get("status").asString())
                    .isEqualTo("PROPOSED");
            assertThat(world.seatsLeft(mentorEnrollment)).isZero();
        }
    }

    /** What the crash left: the pair's match stored PENDING (a mentee's own request counts as their yes). */
    private void storePending(ProgramWorld world, String matchId, String mentorEnrollment, String menteeEnrollment,
            MatchOrigin origin, String runId, Instant at) {
        var proposal = new Proposal(matchId, candidates.mentor(world.tenant, mentorEnrollment).orElseThrow(),
                candidates.mentee(world.tenant, menteeEnrollment).orElseThrow(), new ScoredPair(0.5, List.of(), List.of()),
                origin, false, origin == MatchOrigin.MENTEE_REQUEST, runId, Duration.ofDays(7));
        store.insertPending(Match.proposed(world.tenant, proposal, at).pending());
    }

    private static String status(ProgramWorld world, String runId) {
        JsonNode run = HttpApi.json(world.asAdmin("/api/v1/matching-runs/" + runId));
        return run.get("status").asString();
    }
}
