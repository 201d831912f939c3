package org.mentorat.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mentorat.testkit.EventProbe.ofType;
import static org.mentorat.testkit.EventProbe.ofTypeAbout;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorat.events.matching.MatchProposed;
import org.mentorat.events.matching.MatchingRunCompleted;
import org.mentorat.events.profile.ProgramPublished;
import org.mentorat.testkit.EventProbe;
import org.mentorat.testkit.HttpApi;
import org.mentorat.testkit.ServiceDriver;
import org.mentorat.testkit.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/** An administrator's cohort run: computed in the background, reviewed as a draft, then published. */
@ServiceTest(service = "matching")
class CohortRunIT {

    @Autowired
    ServiceDriver driver;

    @Autowired
    MongoDatabase database;

    @Test
    void aRunDraftsTheOptimalAssignmentAndPublishingProposesEachPairOnce() {
        var world = new ProgramWorld(driver, database)
                .published("ADMIN_COHORT", "ONE_TO_ONE", new ProgramPublished.HardRules(0, true, "ANY", null, null));
        world.mentor("ada", 1, List.of("java"));
        world.mentor("bob", 1, List.of("design"));
        world.mentee("xavier", List.of("java"));
        world.mentee("yasmin", List.of("design"));
        world.mentee("will", List.of("java"));
        world.mentee("zoe", List.of("java"), List.of("en"), null, null);

        try (EventProbe probe = ProgramWorld.matchingEvents()) {
            ResponseEntity<String> started = world.post("/api/v1/programs/" + world.programId + "/matching-runs",
                    "admin", "PROGRAM_ADMIN", Map.of("optimizeFor", "QUALITY"));
            String runId = HttpApi.expect(started, 202).get("id").asString();
            assertThat(started.getHeaders().getLocation()).hasToString("/api/v1/matching-runs/" + runId);

            JsonNode draft = awaitStatus(world, runId, "DRAFT");
            JsonNode figures = draft.get("figures");
            assertThat(figures.get("mentees").asInt()).isEqualTo(4);
            assertThat(figures.get("matched").asInt()).isEqualTo(2);
            assertThat(figures.get("unmatchedByReason").get("NO_ALLOWED_MENTOR").asInt()).as("zoe shares no language")
                    .isEqualTo(1);
            assertThat(figures.get("unmatchedByReason").get("CAPACITY_TAKEN").asInt()).isEqualTo(1);
            JsonNode completed = HttpApi.JSON.readTree(probe.await(ofTypeAbout(MatchingRunCompleted.TYPE, runId)).value());
            assertThat(completed.get("matched").asInt()).isEqualTo(2);
            assertThat(completed.get("minScore").asDouble()).isPositive();

            JsonNode lines = HttpApi.expect(world.asAdmin("/api/v1/matching-runs/" + runId + "/proposals"), 200);
            assertThat(lines).hasSize(4);
            assertThat(lines.valueStream().filter(l -> "yasmin".equals(l.get("menteeId").asString()))
                    .findFirst().orElseThrow().get("mentorId").asString()).isEqualTo("bob");
            assertThat(lines.valueStream().filter(l -> "zoe".equals(l.get("menteeId").asString()))
                    .findFirst().orElseThrow().get("unmatchedReason").asString()).isEqualTo("NO_ALLOWED_MENTOR");
            assertThat(probe.matching(proposalsIn(world))).as("nothing proposed before publishing").isEmpty();

            assertThat(HttpApi.expect(world.post("/api/v1/matching-runs/" + runId + "/publish", "admin",
                    "PROGRAM_ADMIN", null), 202).get("status").asString()).isEqualTo("PUBLISHING");
            JsonNode published = awaitStatus(world, runId, "PUBLISHED");
            assertThat(published.get("published").get("PROPOSED").asInt()).isEqualTo(2);
            await().atMost(Duration.ofSeconds(30)).until(() -> probe.matching(proposalsIn(world)).size() == 2);
            HttpApi.problem(world.post("/api/v1/matching-runs/" + runId + "/publish", "admin", "PROGRAM_ADMIN", null),
                    409, "run-not-draft");
            JsonNode matches = HttpApi.expect(world.asAdmin("/api/v1/matches?programId=" + world.programId), 200);
            assertThat(matches).hasSize(2);
            assertThat(matches.valueStream().map(m -> m.get("origin").asString())).containsOnly("COHORT_RUN");
            assertThat(matches.valueStream().map(m -> m.get("runId").asString())).containsOnly(runId);

            String second = HttpApi.expect(world.post("/api/v1/programs/" + world.programId + "/matching-runs",
                    "admin", "PROGRAM_ADMIN", null), 202).get("id").asString();
            assertThat(awaitStatus(world, second, "DRAFT").get("figures").get("matched").asInt())
                    .as("every seat is taken now").isZero();
            assertThat(HttpApi.expect(world.post("/api/v1/matching-runs/" + second + "/discard", "admin",
                    "PROGRAM_ADMIN", null), 200).get("status").asString()).isEqualTo("DISCARDED");
        }
    }

    @Test
    void aPeerProgramPairsItsParticipantsWithEachOther() {
        var world = new ProgramWorld(driver, database).published("ADMIN_COHORT", "PEER", ProgramWorld.noRules());
        for (String person : List.of("p1", "p2", "p3", "p4", "p5")) {
            world.mentee(person, List.of("java"));
        }
        try (EventProbe probe = ProgramWorld.matchingEvents()) {
            String runId = HttpApi.expect(world.post("/api/v1/programs/" + world.programId + "/matching-runs",
                    "admin", "PROGRAM_ADMIN", null), 202).get("id").asString();
            JsonNode figures = awaitStatus(world, runId, "DRAFT").get("figures");
            assertThat(figures.get("matched").asInt()).as("two pairs of five").isEqualTo(4);
            assertThat(figures.get("unmatched").asInt()).isEqualTo(1);

            HttpApi.expect(world.post("/api/v1/matching-runs/" + runId + "/publish", "admin", "PROGRAM_ADMIN", null),
                    202);
            await().atMost(Duration.ofSeconds(30)).until(() -> probe.matching(proposalsIn(world)).size() == 2);
            List<String> people = probe.matching(proposalsIn(world)).stream()
                    .flatMap(r -> java.util.stream.Stream.of(HttpApi.JSON.readTree(r.value()).get("mentorId").asString(),
                            HttpApi.JSON.readTree(r.value()).get("menteeId").asString())).toList();
            assertThat(people).hasSize(4).doesNotHaveDuplicates();
        }
    }

    @Test
    void onlyAdministratorsRunCohortsAndBadInputIsAProblem() {
        var world = ProgramWorld.oneToOne(driver, database, "ADMIN_COHORT");
        String runs = "/api/v1/programs/" + world.programId + "/matching-runs";

        HttpApi.problem(world.post(runs, "mentee", "MENTEE", null), 403, "forbidden");
        JsonNode invalid = HttpApi.problem(world.post(runs, "admin", "PROGRAM_ADMIN", Map.of("optimizeFor", "SPEED")),
                400, "validation");
        assertThat(invalid.toString()).contains("optimizeFor");
        HttpApi.problem(world.post("/api/v1/programs/nope/matching-runs", "admin", "PROGRAM_ADMIN", null), 404,
                "not-found");
        HttpApi.problem(world.asAdmin("/api/v1/matching-runs/nope"), 404, "not-found");
    }

    @Test
    void theOpenApiDocumentDescribesTheMatchingApi() {
        var world = new ProgramWorld(driver, database);
        JsonNode paths = HttpApi.expect(world.get("/v3/api-docs", "admin", "PROGRAM_ADMIN"), 200).get("paths");
        assertThat(paths.propertyNames()).contains("/api/v1/programs/{programId}/mentees/{personId}/suggestions",
                "/api/v1/programs/{programId}/matching-runs", "/api/v1/matching-runs/{runId}/publish",
                "/api/v1/matches/{id}/decline", "/api/v1/programs/{programId}/fairness");
    }

    private static JsonNode awaitStatus(ProgramWorld world, String runId, String status) {
        await().atMost(Duration.ofSeconds(30)).until(() -> status.equals(
                HttpApi.json(world.asAdmin("/api/v1/matching-runs/" + runId)).get("status").asString()));
        return HttpApi.json(world.asAdmin("/api/v1/matching-runs/" + runId));
    }

    private static java.util.function.Predicate<org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]>>
            proposalsIn(ProgramWorld world) {
        return ofType(MatchProposed.TYPE).and(r -> world.programId.equals(
                HttpApi.JSON.readTree(r.value()).get("programId").asString()));
    }
}
