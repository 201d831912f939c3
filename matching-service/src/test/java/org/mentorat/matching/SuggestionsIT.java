package org.mentorat.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.mentorat.testkit.EventProbe.ofTypeAbout;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.mentorat.events.matching.MatchAccepted;
import org.mentorat.events.matching.MatchProposed;
import org.mentorat.events.profile.ProgramPublished;
import org.mentorat.testkit.EventProbe;
import org.mentorat.testkit.HttpApi;
import org.mentorat.testkit.ServiceDriver;
import org.mentorat.testkit.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/** Suggestions, "why not?", and a mentee's own pick, through the HTTP API on the real broker and driver. */
@ServiceTest(service = "matching")
class SuggestionsIT {

    @Autowired
    ServiceDriver driver;

    @Autowired
    MongoDatabase database;

    @Test
    void suggestionsAreRankedExplainedAndNeverBreakAHardRule() {
        var world = new ProgramWorld(driver, database)
                .published("MENTEE_CHOOSES", "ONE_TO_ONE", new ProgramPublished.HardRules(1, true, "ANY", null, null));
        world.mentor("m-java", 2, List.of("java"));
        world.mentor("m-sales", 2, List.of("sales"));
        world.mentor("m-boss", 2, List.of("java"), List.of("fr"), "E-9", null);
        world.mentor("m-english", 2, List.of("java"), List.of("en"), null, null);
        world.mentee("me", List.of("java"), List.of("fr"), "E-1", "E-9");

        JsonNode list = HttpApi.expect(world.get(world.suggestionsPath("me"), "me", "MENTEE"), 200);

        List<String> mentors = list.get("suggestions").valueStream().map(s -> s.get("mentorId").asString()).toList();
        assertThat(mentors).containsExactly("m-java", "m-sales");
        JsonNode best = list.get("suggestions").get(0);
        assertThat(best.get("topChoice").asBoolean()).isTrue();
        assertThat(best.get("rank").asInt()).isEqualTo(1);
        assertThat(best.get("reasons").valueStream().map(r -> r.get("code").asString())).contains("SHARED_TOPICS");
        for (JsonNode suggestion : list.get("suggestions")) {
            double sum = suggestion.get("contributions").valueStream().mapToDouble(c -> c.get("contribution").asDouble()).sum();
            assertThat(sum).isCloseTo(suggestion.get("score").asDouble(), within(1e-9));
        }
        assertThat(list.get("suggestions").get(0).get("score").asDouble())
                .isGreaterThan(list.get("suggestions").get(1).get("score").asDouble());

        JsonNode boss = HttpApi.expect(world.get(whyNot(world, "me", "m-boss"), "me", "MENTEE"), 200);
        assertThat(boss.get("eligible").asBoolean()).isFalse();
        assertThat(boss.get("exclusions").get(0).get("rule").asString()).isEqualTo("SAME_REPORTING_LINE");
        JsonNode english = HttpApi.expect(world.get(whyNot(world, "me", "m-english"), "me", "MENTEE"), 200);
        assertThat(english.get("exclusions").valueStream().map(e -> e.get("rule").asString()))
                .containsExactly("NO_SHARED_LANGUAGE");
        assertThat(english.get("score").asDouble()).as("what it would have scored").isPositive();
        assertThat(HttpApi.expect(world.get(whyNot(world, "me", "m-java"), "me", "MENTEE"), 200)
                .get("eligible").asBoolean()).isTrue();
    }

    @Test
    void aMentorWithOneFreeSeatIsTheTopChoiceOfOneMenteeAtATime() {
        var world = ProgramWorld.oneToOne(driver, database, "MENTEE_CHOOSES");
        world.mentor("star", 1, List.of("java", "python"));
        world.mentor("solid", 2, List.of("java"));
        world.mentee("ana", List.of("java", "python"));
        world.mentee("ben", List.of("java", "python"));

        JsonNode ana = HttpApi.expect(world.get(world.suggestionsPath("ana"), "ana", "MENTEE"), 200).get("suggestions");
        JsonNode ben = HttpApi.expect(world.get(world.suggestionsPath("ben"), "ben", "MENTEE"), 200).get("suggestions");

        assertThat(ana.get(0).get("mentorId").asString()).isEqualTo("star");
        assertThat(ana.get(0).get("topChoice").asBoolean()).isTrue();
        assertThat(ben.get(0).get("mentorId").asString()).as("star's only seat is held for ana").isEqualTo("solid");
        assertThat(ben.get(0).get("topChoice").asBoolean()).isTrue();
        assertThat(ben.valueStream().filter(s -> s.get("mentorId").asString().equals("star")).findFirst().orElseThrow()
                .get("topChoice").asBoolean()).as("still listed, not as top choice").isFalse();
        JsonNode again = HttpApi.expect(world.get(world.suggestionsPath("ana"), "ana", "MENTEE"), 200).get("suggestions");
        assertThat(again.get(0).get("mentorId").asString()).as("ana keeps her hold").isEqualTo("star");
    }

    @Test
    void aMentorWhoEnrolsOrGetsASeatBackIsSuggestedAtOnce() {
        var world = ProgramWorld.oneToOne(driver, database, "MENTEE_CHOOSES");
        world.mentee("early", List.of("java"));
        world.mentee("other", List.of("java"));
        assertThat(HttpApi.expect(world.get(world.suggestionsPath("early"), "early", "MENTEE"), 200)
                .get("suggestions")).isEmpty();

        world.mentor("late", 1, List.of("java"));
        await().atMost(Duration.ofSeconds(10)).until(() -> HttpApi.json(world.get(world.suggestionsPath("early"),
                "early", "MENTEE")).get("suggestions").size() == 1);

        String matchId = HttpApi.expect(world.requestMatch("other", "late"), 201).get("id").asString();
        assertThat(HttpApi.json(world.get(world.suggestionsPath("early"), "early", "MENTEE")).get("suggestions"))
                .as("a full mentor is never shown").isEmpty();
        HttpApi.expect(world.post("/api/v1/matches/" + matchId + "/decline", "late", "MENTOR", null), 200);
        await().atMost(Duration.ofSeconds(10)).until(() -> HttpApi.json(world.get(world.suggestionsPath("early"),
                "early", "MENTEE")).get("suggestions").size() == 1);
    }

    @Test
    void aMenteePicksAMentorAndTheMentorAcceptsWithAnExplainedMatch() {
        var world = ProgramWorld.oneToOne(driver, database, "MENTEE_CHOOSES");
        String mentorEnrollment = world.mentor("mira", 2, List.of("java"));
        world.mentee("noah", List.of("java"));
        try (EventProbe probe = ProgramWorld.matchingEvents()) {
            JsonNode match = HttpApi.expect(world.requestMatch("noah", "mira"), 201);
            String matchId = match.get("id").asString();
            assertThat(match.get("status").asString()).isEqualTo("PROPOSED");
            assertThat(match.get("menteeAccepted").asBoolean()).isTrue();
            assertThat(match.get("origin").asString()).isEqualTo("MENTEE_REQUEST");
            probe.await(ofTypeAbout(MatchProposed.TYPE, matchId));
            assertThat(world.seatsLeft(mentorEnrollment)).isEqualTo(1);

            JsonNode explanation = HttpApi.expect(world.get("/api/v1/matches/" + matchId + "/explanation", "noah",
                    "MENTEE"), 200);
            double sum = explanation.get("contributions").valueStream()
                    .mapToDouble(c -> c.get("contribution").asDouble()).sum();
            assertThat(sum).isCloseTo(explanation.get("score").asDouble(), within(1e-9));
            assertThat(explanation.get("contributions")).hasSize(8);

            JsonNode accepted = HttpApi.expect(world.post("/api/v1/matches/" + matchId + "/accept", "mira", "MENTOR",
                    null), 200);
            assertThat(accepted.get("status").asString()).isEqualTo("ACCEPTED");
            probe.await(ofTypeAbout(MatchAccepted.TYPE, matchId));
            HttpApi.problem(world.requestMatch("noah", "mira"), 409, "mentee-already-matched");
        }
    }

    @Test
    void capacityHoldsUnderFiftyConcurrentRequestsAndAccepts() throws Exception {
        var world = ProgramWorld.oneToOne(driver, database, "MENTEE_CHOOSES");
        String mentorEnrollment = world.mentor("popular", 5, List.of("java"));
        List<String> mentees = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            mentees.add("mentee-" + i);
            world.mentee("mentee-" + i, List.of("java"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(25);
        try (EventProbe probe = ProgramWorld.matchingEvents()) {
            List<CompletableFuture<ResponseEntity<String>>> requests = mentees.stream()
                    .map(mentee -> CompletableFuture.supplyAsync(() -> world.requestMatch(mentee, "popular"), pool)).toList();
            List<ResponseEntity<String>> answers = requests.stream().map(CompletableFuture::join).toList();

            List<String> matchIds = answers.stream().filter(a -> a.getStatusCode().value() == 201)
                    .map(a -> HttpApi.json(a).get("id").asString()).toList();
            assertThat(matchIds).hasSize(5);
            assertThat(answers.stream().filter(a -> a.getStatusCode().value() == 409)
                    .map(a -> HttpApi.json(a).get("type").asString())).hasSize(45)
                    .allMatch(type -> type.endsWith("/capacity-exhausted"));
            assertThat(world.seatsLeft(mentorEnrollment)).isZero();

            List<CompletableFuture<ResponseEntity<String>>> accepts = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                String matchId = matchIds.get(i % matchIds.size());
                accepts.add(CompletableFuture.supplyAsync(() -> world.post("/api/v1/matches/" + matchId + "/accept",
                        "popular", "MENTOR", null), pool));
            }
            accepts.forEach(CompletableFuture::join);
            for (String matchId : matchIds) {
                probe.await(ofTypeAbout(MatchAccepted.TYPE, matchId));
            }
            await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> true);
            assertThat(probe.matching(EventProbe.ofType(MatchAccepted.TYPE)).stream()
                    .filter(r -> matchIds.contains(EventProbe.header(r, "ce_subject")))).hasSize(5);
            assertThat(probe.matching(EventProbe.ofType(MatchProposed.TYPE)).stream()
                    .filter(r -> matchIds.contains(EventProbe.header(r, "ce_subject")))).hasSize(5);
            assertThat(world.seatsLeft(mentorEnrollment)).isZero();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndOtherPeopleSeeNothing() {
        var world = ProgramWorld.oneToOne(driver, database, "ADMIN_COHORT");
        world.mentor("m", 1, List.of("java"));
        world.mentee("x", List.of("java"));

        JsonNode limit = HttpApi.problem(world.get(world.suggestionsPath("x") + "?limit=0", "x", "MENTEE"), 400,
                "validation");
        assertThat(limit.toString()).contains("limit");
        JsonNode missing = HttpApi.problem(world.post("/api/v1/matches", "x", "MENTEE", Map.of()), 400, "validation");
        assertThat(missing.toString()).contains("programId", "mentorId");
        HttpApi.problem(world.requestMatch("x", "m"), 409, "program-not-self-service");
        HttpApi.problem(world.get(world.suggestionsPath("x"), "someone-else", "MENTEE"), 404, "not-found");
        HttpApi.problem(world.get(world.suggestionsPath("nobody"), "admin", "PROGRAM_ADMIN"), 404, "not-found");
        HttpApi.problem(world.get("/api/v1/programs/unknown/mentees/x/suggestions", "x", "MENTEE"), 404, "not-found");
    }

    private static String whyNot(ProgramWorld world, String mentee, String mentor) {
        return "/api/v1/programs/" + world.programId + "/mentees/" + mentee + "/mentors/" + mentor + "/explanation";
    }
}
