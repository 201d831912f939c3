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
import org.mentorat.matching.scoring.vocabulary.ScoredPair;
import org.mentorat.testkit.EventProbe;
import org.mentorat.testkit.HttpApi;
import org.mentorat.testkit.ServiceDriver;
import org.mentorat.testkit.ServiceTest;
import org.mentorat.testkit.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** A publication that crashed after storing a pair's match as PENDING is finished when asked again. */
@ServiceTest(service = "matching")
class ResumedPublicationIT {

    @Autowired
    ServiceDriver driver;

    @Autowired
    MongoDatabase database;

    @Autowired
    MatchStore store;

    @Autowired
    Candidates candidates;

    @Test
    void aPendingMatchLeftByACrashIsProposedWhenThePublicationResumes() {
        var world = new ProgramWorld(driver, database).published("ADMIN_COHORT", "ONE_TO_ONE",
                ProgramWorld.noRules());
        String mentorEnrollment = world.mentor("rae", 1, List.of("java"));
        String menteeEnrollment = world.mentee("sam", List.of("java"));
        String runId = HttpApi.expect(world.post("/api/v1/programs/" + world.programId + "/matching-runs", "admin",
                "PROGRAM_ADMIN", null), 202).get("id").asString();
        await().atMost(Duration.ofSeconds(30)).until(() -> "DRAFT".equals(status(world, runId)));

        // the crash: the run was moved to PUBLISHING and the pair's match stored PENDING, nothing more
        database.getCollection("matching_runs").updateOne(eq("_id", runId), Updates.set("status", "PUBLISHING"));
        String matchId = UUID.nameUUIDFromBytes(("run:" + world.tenant + ":" + runId + ":" + menteeEnrollment)
                .getBytes(StandardCharsets.UTF_8)).toString();
        Match pending = Match.proposed(world.tenant, new Proposal(matchId, candidates.mentor(world.tenant, mentorEnrollment)
                        .orElseThrow(), candidates.mentee(world.tenant, menteeEnrollment).orElseThrow(),
                new ScoredPair(0.5, List.of(), List.of()), MatchOrigin.COHORT_RUN, false, false, runId,
                Duration.ofDays(7)), Instant.now()).pending();
        store.insertPending(pending);

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

    private static String status(ProgramWorld world, String runId) {
        JsonNode run = HttpApi.json(world.asAdmin("/api/v1/matching-runs/" + runId));
        return run.get("status").asString();
    }
}
