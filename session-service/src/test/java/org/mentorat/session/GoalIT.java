package org.mentorat.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mentorat.testkit.HttpApi.expect;
import static org.mentorat.testkit.HttpApi.json;
import static org.mentorat.testkit.HttpApi.problem;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorat.events.profile.ProfileErasureRequested;
import org.mentorat.events.session.GoalAchieved;
import org.mentorat.events.session.GoalSet;
import org.mentorat.testkit.EventProbe;
import org.mentorat.testkit.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/** SMART goals over HTTP: set, worked on, achieved, kept private, frozen with their mentorship, erased. */
class GoalIT extends RunningSessionService {

    @Autowired
    MongoDatabase database;

    String mentorshipId;
    String today;

    @BeforeEach
    void anOpenMentorship() {
        mentorshipId = driver.openMentorship(pairing).get("id").asString();
        today = LocalDate.now(ZoneOffset.UTC).toString();
    }

    @Test
    void settingAGoalAnnouncesItAndAchievingItAnnouncesThatToo() {
        ResponseEntity<String> response = setGoal(false);
        JsonNode goal = expect(response, 201);
        String id = goal.get("id").asString();
        assertThat(response.getHeaders().getLocation()).hasPath("/api/v1/goals/" + id);
        assertThat(goal.get("status").asString()).isEqualTo("OPEN");
        GoalSet set = service.awaitEvent(GoalSet.class, event -> event.goalId().equals(id));
        assertThat(set).isEqualTo(new GoalSet(id, mentorshipId, pairing.programId(), pairing.menteeId(), "2099-06-30",
                false, set.setAt()));
        ConsumerRecord<String, byte[]> record = service.awaitRecord(GoalSet.TYPE, id);
        assertThat(record.key()).isEqualTo(id);
        assertThat(EventProbe.header(record, "ce_tenantid")).isEqualTo(pairing.tenant());

        JsonNode withMilestone = expect(api.post("/api/v1/goals/" + id + "/milestones", pairing.asMentor(),
                "{\"title\":\"Shadow a product manager\",\"dueDate\":\"" + today + "\"}"), 201);
        String milestoneId = withMilestone.get("milestones").get(0).get("id").asString();
        expect(api.post("/api/v1/goals/" + id + "/milestones/" + milestoneId + "/done", pairing.asMentee(), null), 200);
        JsonNode onTrack = expect(api.post("/api/v1/goals/" + id + "/progress", pairing.asMentor(),
                "{\"date\":\"" + today + "\",\"value\":2,\"note\":\"Two interviews done\",\"status\":\"ON_TRACK\"}"), 201);
        assertThat(onTrack.get("status").asString()).isEqualTo("ON_TRACK");
        assertThat(onTrack.get("measure").get("current").asDouble()).isEqualTo(2.0);
        assertThat(onTrack.get("milestones").get(0).get("doneAt").isNull()).isFalse();

        JsonNode achieved = expect(api.mergePatch("/api/v1/goals/" + id, pairing.asMentee(),
                "{\"status\":\"ACHIEVED\"}", null), 200);
        assertThat(achieved.get("closedAt").isNull()).isFalse();
        GoalAchieved done = service.awaitEvent(GoalAchieved.class, event -> event.goalId().equals(id));
        assertThat(done.menteeId()).isEqualTo(pairing.menteeId());
        assertThat(done.mentorshipId()).isEqualTo(mentorshipId);
        assertThat(EventProbe.header(service.awaitRecord(GoalAchieved.TYPE, id), "ce_sequence")).isEqualTo("5");
        problem(api.mergePatch("/api/v1/goals/" + id, pairing.asMentee(), "{\"status\":\"ON_TRACK\"}", null), 409,
                "goal-closed");
    }

    @Test
    void aGoalThatIsNotSmartNamesWhatItLacks() {
        JsonNode noMeasure = problem(api.post(goals(), pairing.asMentee(),
                "{\"specific\":\"Lead a project\",\"relevance\":\"I want to grow\",\"targetDate\":\"2099-06-30\"}"),
                400, "validation");
        JsonNode pastDate = problem(api.post(goals(), pairing.asMentee(), goalBody(false).replace("2099-06-30",
                "2020-01-31")), 400, "validation");

        assertThat(noMeasure.get("errors").findValuesAsString("field")).containsExactly("measure");
        assertThat(pastDate.get("errors").get(0).get("field").asString()).isEqualTo("targetDate");
        assertThat(pastDate.get("errors").get(0).get("message").asString()).contains("Time-bound", "in the past");
        assertThat(json(api.get(goals(), pairing.asMentee())).get("items").size()).isZero();
    }

    @Test
    void aGoalOfAMentorshipThatHasEndedNoLongerChanges() {
        String id = expect(setGoal(false), 201).get("id").asString();
        // stands in for the mentorship feature ending it (on MatchEnded, or when a side ends it early)
        database.getCollection("mentorships").updateOne(Filters.eq("_id", mentorshipId),
                Updates.set("status", "ENDED_EARLY"));

        problem(api.mergePatch("/api/v1/goals/" + id, pairing.asMentee(), "{\"status\":\"AT_RISK\"}", null), 409,
                "mentorship-not-active");
        problem(api.post("/api/v1/goals/" + id + "/progress", pairing.asMentor(),
                "{\"date\":\"" + today + "\",\"value\":1}"), 409, "mentorship-not-active");
        problem(setGoal(false), 409, "mentorship-not-active");
        assertThat(expect(api.get("/api/v1/goals/" + id, pairing.asMentee()), 200).get("status").asString())
                .isEqualTo("OPEN");
    }

    @Test
    void goalsArePrivateToThePairUntilTheMenteeSharesOne() {
        String privateGoal = expect(setGoal(false), 201).get("id").asString();
        String sharedGoal = expect(setGoal(true), 201).get("id").asString();
        expect(api.post("/api/v1/goals/" + sharedGoal + "/progress", pairing.asMentee(),
                "{\"date\":\"" + today + "\",\"value\":1,\"note\":\"My manager blocks it\"}"), 201);
        String colleague = TestTokens.bearer(pairing.tenant(), "someone-else", "MENTEE");

        problem(api.get("/api/v1/goals/" + privateGoal, colleague), 404, "not-found");
        problem(api.get(goals(), colleague), 404, "not-found");
        problem(api.mergePatch("/api/v1/goals/" + sharedGoal, colleague, "{\"status\":\"AT_RISK\"}", null), 404,
                "not-found");
        problem(api.get("/api/v1/goals/" + privateGoal, pairing.asAdmin()), 404, "not-found");
        JsonNode asAdmin = expect(api.get("/api/v1/goals/" + sharedGoal, pairing.asAdmin()), 200);
        assertThat(asAdmin.get("specific").asString()).isEqualTo("Move into product management");
        assertThat(asAdmin.get("progress").get(0).get("note").isNull()).isTrue();
        assertThat(idsOfGoalsSeenBy(pairing.asAdmin())).containsExactly(sharedGoal);
        assertThat(idsOfGoalsSeenBy(pairing.asMentor())).containsExactly(privateGoal, sharedGoal);
        problem(api.mergePatch("/api/v1/goals/" + sharedGoal, pairing.asAdmin(), "{\"status\":\"AT_RISK\"}", null),
                403, "forbidden");
        problem(api.mergePatch("/api/v1/goals/" + privateGoal, pairing.asMentor(), "{\"sharedWithProgram\":true}",
                null), 403, "forbidden");
        problem(api.post(goals(), pairing.asMentor(), goalBody(false)), 403, "forbidden");

        expect(api.mergePatch("/api/v1/goals/" + sharedGoal, pairing.asMentee(), "{\"sharedWithProgram\":false}", null),
                200);
        problem(api.get("/api/v1/goals/" + sharedGoal, pairing.asAdmin()), 404, "not-found");
    }

    @Test
    void erasingTheMenteeClearsTheWordsOfTheirGoalsOnceAndKeepsTheFigures() {
        String id = expect(setGoal(false), 201).get("id").asString();
        expect(api.post("/api/v1/goals/" + id + "/progress", pairing.asMentor(),
                "{\"date\":\"" + today + "\",\"value\":2,\"note\":\"Anxious about interviews\",\"status\":\"AT_RISK\"}"),
                201);
        var requested = new ProfileErasureRequested("era-" + System.nanoTime(), pairing.menteeId(), Instant.now());

        service.publish(pairing.tenant(), pairing.menteeId(), 1, requested);
        service.publish(pairing.tenant(), pairing.menteeId(), 1, requested);

        await().atMost(Duration.ofSeconds(30)).until(() ->
                json(api.get("/api/v1/goals/" + id, pairing.asMentor())).get("specific").isNull());
        JsonNode erased = json(api.get("/api/v1/goals/" + id, pairing.asMentor()));
        assertThat(erased.get("relevance").isNull()).isTrue();
        assertThat(erased.get("measure").get("metric").isNull()).isTrue();
        assertThat(erased.get("measure").get("target").asDouble()).isEqualTo(3.0);
        assertThat(erased.get("progress").get(0).get("note").isNull()).isTrue();
        assertThat(erased.get("progress").get(0).get("value").asDouble()).isEqualTo(2.0);
        assertThat(erased.get("status").asString()).isEqualTo("AT_RISK");
        assertThat(erased.get("targetDate").asString()).isEqualTo("2099-06-30");
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> database.getCollection("goals")
                .find(Filters.eq("_id", id)).first().getList("erasures", Document.class).size() == 1);
    }

    private ResponseEntity<String> setGoal(boolean shared) {
        return api.post(goals(), pairing.asMentee(), goalBody(shared));
    }

    private List<String> idsOfGoalsSeenBy(String caller) {
        return json(api.get(goals(), caller)).get("items").valueStream().map(goal -> goal.get("id").asString())
                .toList();
    }

    private String goals() {
        return "/api/v1/mentorships/" + mentorshipId + "/goals";
    }

    private static String goalBody(boolean shared) {
        return """
                {"specific": "Move into product management",
                 "measure": {"metric": "internal job interviews", "baseline": 0, "target": 3},
                 "relevance": "I want to shape what we build", "targetDate": "2099-06-30",
                 "sharedWithProgram": %s}""".formatted(shared);
    }
}
