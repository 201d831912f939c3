package org.mentorat.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mentorat.testkit.EventProbe.ofType;
import static org.mentorat.testkit.EventProbe.ofTypeAbout;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.mentorat.events.matching.MatchEnded;
import org.mentorat.events.matching.MatchExpired;
import org.mentorat.events.profile.ProgramClosed;
import org.mentorat.testkit.EventProbe;
import org.mentorat.testkit.HttpApi;
import org.mentorat.testkit.ServiceDriver;
import org.mentorat.testkit.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A program that closes in profile-service: its unanswered proposals expire at once, its accepted
 * matches stay, nobody is proposed in it any more, and hearing the closing again changes nothing.
 */
@ServiceTest(service = "matching")
class ProgramClosingIT {

    @Autowired
    ServiceDriver driver;

    @Autowired
    MongoDatabase database;

    @Test
    void aClosedProgramsProposalsExpireItsAcceptedMatchesStayAndNobodyIsProposedAgain() {
        var world = new ProgramWorld(driver, database).published("MENTEE_CHOOSES", "ONE_TO_ONE",
                ProgramWorld.noRules());
        String ana = world.mentor("ana", 2, List.of("java"));
        world.mentor("ben", 1, List.of("java"));
        world.mentee("xia", List.of("java"));
        world.mentee("yan", List.of("java"));
        world.mentee("zed", List.of("java"));
        world.mentee("wes", List.of("java"));
        try (EventProbe probe = ProgramWorld.matchingEvents()) {
            String xia = request(world, "xia", "ana");
            String zed = request(world, "zed", "ana");
            String yan = request(world, "yan", "ben");
            HttpApi.expect(world.post("/api/v1/matches/" + yan + "/accept", "ben", "MENTOR", null), 200);
            String draftRun = HttpApi.expect(world.post("/api/v1/programs/" + world.programId + "/matching-runs",
                    "admin", "PROGRAM_ADMIN", null), 202).get("id").asString();
            await().atMost(Duration.ofSeconds(30)).until(() -> "DRAFT".equals(
                    HttpApi.json(world.asAdmin("/api/v1/matching-runs/" + draftRun)).get("status").asString()));
            assertThat(world.seatsLeft(ana)).isZero();

            ProgramClosed closed = new ProgramClosed(world.programId, Instant.now());
            driver.publish(world.tenant, world.programId, 2, closed);

            for (String proposal : List.of(xia, zed)) {
                JsonNode expired = data(probe.await(ofTypeAbout(MatchExpired.TYPE, proposal)));
                assertThat(expired.get("programId").asString()).isEqualTo(world.programId);
                assertThat(expired.get("mentorId").asString()).isEqualTo("ana");
                assertThat(expired.get("menteeAccepted").asBoolean()).as("the mentee asked for ana").isTrue();
                assertThat(expired.get("mentorAccepted").asBoolean()).isFalse();
                assertThat(HttpApi.expect(world.asAdmin("/api/v1/matches/" + proposal), 200).get("status")
                        .asString()).isEqualTo("EXPIRED");
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> world.seatsLeft(ana) == 2);
            assertThat(HttpApi.expect(world.asAdmin("/api/v1/matches/" + yan), 200).get("status").asString())
                    .as("an accepted match is the mentorship's, which session-service completes")
                    .isEqualTo("ACCEPTED");

            HttpApi.problem(world.get(world.suggestionsPath("wes"), "wes", "MENTEE"), 409, "program-closed");
            HttpApi.problem(world.post("/api/v1/matches", "wes", "MENTEE",
                    Map.of("programId", world.programId, "mentorId", "ana")), 409, "program-closed");
            HttpApi.problem(world.post("/api/v1/programs/" + world.programId + "/matching-runs", "admin",
                    "PROGRAM_ADMIN", null), 409, "program-closed");
            HttpApi.problem(world.post("/api/v1/matching-runs/" + draftRun + "/publish", "admin", "PROGRAM_ADMIN",
                    null), 409, "program-closed");

            driver.publish(world.tenant, world.programId, 2, closed);
            driver.publish(world.tenant, world.programId, 3, new ProgramClosed(world.programId, Instant.now()));
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> ((Number) world.find("programs", world.programId).get("lastSequence")).longValue() == 3);
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                    .until(() -> probe.matching(closingsIn(world)).size() == 2);
            assertThat(probe.matching(closingsIn(world))).as("two proposals expired once, nothing ended")
                    .extracting(record -> EventProbe.header(record, "ce_type")).containsOnly(MatchExpired.TYPE);
        }
    }

    private static Predicate<ConsumerRecord<String, byte[]>> closingsIn(ProgramWorld world) {
        return ofType(MatchExpired.TYPE).or(ofType(MatchEnded.TYPE))
                .and(record -> world.programId.equals(data(record).get("programId").asString()));
    }

    private static String request(ProgramWorld world, String mentee, String mentor) {
        return HttpApi.expect(world.post("/api/v1/matches", mentee, "MENTEE",
                Map.of("programId", world.programId, "mentorId", mentor)), 201).get("id").asString();
    }

    private static JsonNode data(ConsumerRecord<String, byte[]> record) {
        return HttpApi.JSON.readTree(record.value());
    }
}
