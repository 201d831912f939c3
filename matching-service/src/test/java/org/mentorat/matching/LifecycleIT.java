package org.mentorat.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mentorat.testkit.EventProbe.ofType;
import static org.mentorat.testkit.EventProbe.ofTypeAbout;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.mentorat.events.matching.MatchDeclined;
import org.mentorat.events.matching.MatchEnded;
import org.mentorat.events.matching.MatchExpired;
import org.mentorat.events.matching.MatchProposed;
import org.mentorat.events.profile.ProgramClosed;
import org.mentorat.matching.lifecycle.ProposalExpiry;
import org.mentorat.testkit.EventProbe;
import org.mentorat.testkit.HttpApi;
import org.mentorat.testkit.ServiceDriver;
import org.mentorat.testkit.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Decline, expiry, leavers, withdrawals and a program's closing: each frees what the match held and
 * says so on the broker.
 */
@ServiceTest(service = "matching")
class LifecycleIT {

    @Autowired
    ServiceDriver driver;

    @Autowired
    MongoDatabase database;

    @Autowired
    ProposalExpiry expiry;

    @Autowired
    MeterRegistry meters;

    @Test
    void aDeclinedPairFreesTheSeatAndIsNeverProposedAgain() {
        var world = ProgramWorld.oneToOne(driver, database, "MENTEE_CHOOSES");
        String mentor = world.mentor("dana", 1, List.of("java"));
        world.mentee("eli", List.of("java"));
        try (EventProbe probe = ProgramWorld.matchingEvents()) {
            String matchId = request(world, "eli", "dana");
            assertThat(world.seatsLeft(mentor)).isZero();

            JsonNode declined = HttpApi.expect(world.post("/api/v1/matches/" + matchId + "/decline", "dana", "MENTOR",
                    Map.of("reason", "NO_TIME")), 200);

            assertThat(declined.get("status").asString()).isEqualTo("DECLINED");
            assertThat(meters.get("mentorat_matches").tag("outcome", "DECLINED").tag("origin", "MENTEE_REQUEST")
                    .counter().count()).isPositive();
            JsonNode event = data(probe.await(ofTypeAbout(MatchDeclined.TYPE, matchId)));
            assertThat(event.get("declinedBy").asString()).isEqualTo("MENTOR");
            assertThat(event.get("reason").asString()).isEqualTo("NO_TIME");
            assertThat(world.seatsLeft(mentor)).isEqualTo(1);
            JsonNode whyNot = HttpApi.expect(world.get("/api/v1/programs/" + world.programId
                    + "/mentees/eli/mentors/dana/explanation", "eli", "MENTEE"), 200);
            assertThat(whyNot.get("exclusions").get(0).get("rule").asString()).isEqualTo("PREVIOUSLY_DECLINED_OR_ENDED");
            assertThat(HttpApi.expect(world.get(world.suggestionsPath("eli"), "eli", "MENTEE"), 200)
                    .get("suggestions")).isEmpty();
            HttpApi.problem(world.post("/api/v1/matches/" + matchId + "/accept", "dana", "MENTOR", null), 409,
                    "match-not-open");
            HttpApi.problem(world.post("/api/v1/matches/" + matchId + "/decline", "dana", "MENTOR",
                    Map.of("reason", "BORED")), 400, "validation");
        }
    }

    @Test
    void anUnansweredProposalExpiresAfterTheProgramsWindowAndFreesTheSeat() {
        var world = ProgramWorld.oneToOne(driver, database, "MENTEE_CHOOSES");
        String mentor = world.mentor("fay", 1, List.of("java"));
        world.mentee("gus", List.of("java"));
        try (EventProbe probe = ProgramWorld.matchingEvents()) {
            String matchId = request(world, "gus", "fay");

            assertThat(expiry.expireDue(Instant.now().plus(Duration.ofDays(6)))).as("the window is 7 days").isZero();
            assertThat(expiry.expireDue(Instant.now().plus(Duration.ofDays(8)))).isGreaterThanOrEqualTo(1);

            JsonNode event = data(probe.await(ofTypeAbout(MatchExpired.TYPE, matchId)));
            assertThat(event.get("menteeAccepted").asBoolean()).isTrue();
            assertThat(event.get("mentorAccepted").asBoolean()).isFalse();
            assertThat(HttpApi.expect(world.get("/api/v1/matches/" + matchId, "gus", "MENTEE"), 200)
                    .get("status").asString()).isEqualTo("EXPIRED");
            assertThat(world.seatsLeft(mentor)).isEqualTo(1);
            assertThat(request(world, "gus", "fay")).as("an expired pair may be asked again").isNotEqualTo(matchId);
        }
    }

    @Test
    void whenAMentorLeavesTheirMenteesAreRematchedWithinTheSeatsLeft() {
        var world = ProgramWorld.oneToOne(driver, database, "ADMIN_COHORT");
        world.mentor("leaver", 2, List.of("java"));
        String spare = world.mentor("spare", 1, List.of("java"));
        world.mentee("hal", List.of("java"));
        world.mentee("ida", List.of("java"));
        try (EventProbe probe = ProgramWorld.matchingEvents()) {
            String first = adminPairs(world, "hal", "leaver");
            String second = adminPairs(world, "ida", "leaver");
            HttpApi.expect(world.post("/api/v1/matches/" + first + "/accept", "admin", "PROGRAM_ADMIN", null), 200);

            world.left("leaver");

            assertThat(data(probe.await(ofTypeAbout(MatchEnded.TYPE, first))).get("reason").asString())
                    .isEqualTo("MENTOR_LEFT");
            assertThat(data(probe.await(ofTypeAbout(MatchEnded.TYPE, first))).get("previousStatus").asString())
                    .isEqualTo("ACCEPTED");
            probe.await(ofTypeAbout(MatchEnded.TYPE, second));
            ConsumerRecord<String, byte[]> rematch = probe.await(ofType(MatchProposed.TYPE)
                    .and(r -> "spare".equals(data(r).get("mentorId").asString())));
            assertThat(data(rematch).get("menteeId").asString()).isIn("hal", "ida");
            await().atMost(Duration.ofSeconds(10)).until(() -> world.seatsLeft(spare) == 0);
            await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> true);
            assertThat(probe.matching(ofType(MatchProposed.TYPE).and(r -> "spare".equals(data(r).get("mentorId")
                    .asString())))).as("spare had one seat").hasSize(1);
            JsonNode rematched = HttpApi.expect(world.asAdmin("/api/v1/matches?personId=spare"), 200);
            assertThat(rematched.get(0).get("origin").asString()).isEqualTo("REMATCH");
        }
    }

    @Test
    void inAProgramWhereMenteesChooseAMenteeWhoseMentorLeftIsReSuggested() {
        var world = ProgramWorld.oneToOne(driver, database, "MENTEE_CHOOSES");
        world.mentor("gone", 1, List.of("java"));
        world.mentor("still-here", 1, List.of("java"));
        world.mentee("jo", List.of("java"));
        try (EventProbe probe = ProgramWorld.matchingEvents()) {
            String matchId = request(world, "jo", "gone");
            world.left("gone");
            probe.await(ofTypeAbout(MatchEnded.TYPE, matchId));

            await().atMost(Duration.ofSeconds(10)).until(() -> "WAITING".equals(HttpApi.json(
                    world.get(world.suggestionsPath("jo"), "jo", "MENTEE")).get("menteeStatus").asString()));
            JsonNode suggestions = HttpApi.json(world.get(world.suggestionsPath("jo"), "jo", "MENTEE")).get("suggestions");
            assertThat(suggestions.valueStream().map(s -> s.get("mentorId").asString())).containsExactly("still-here");
        }
    }

    @Test
    void aMenteeWhoWithdrawsEndsTheirMatchAndGivesTheSeatBack() {
        var world = ProgramWorld.oneToOne(driver, database, "MENTEE_CHOOSES");
        String mentor = world.mentor("kim", 1, List.of("java"));
        String enrollment = world.mentee("lou", List.of("java"));
        try (EventProbe probe = ProgramWorld.matchingEvents()) {
            String matchId = request(world, "lou", "kim");
            world.withdrew(enrollment, "lou", "MENTEE");

            assertThat(data(probe.await(ofTypeAbout(MatchEnded.TYPE, matchId))).get("reason").asString())
                    .isEqualTo("MENTEE_WITHDREW");
            await().atMost(Duration.ofSeconds(10)).until(() -> world.seatsLeft(mentor) == 1);
        }
    }

    @Test
    void anErasedMentorsMatchesEndAndTheyAreOfferedNoMore() {
        var world = ProgramWorld.oneToOne(driver, database, "MENTEE_CHOOSES");
        world.mentor("erased-mentor", 2, List.of("java"));
        world.mentee("nia", List.of("java"));
        world.mentee("oli", List.of("java"));
        try (EventProbe probe = ProgramWorld.matchingEvents()) {
            String matchId = request(world, "nia", "erased-mentor");
            world.erased("erased-mentor");

            assertThat(data(probe.await(ofTypeAbout(MatchEnded.TYPE, matchId))).get("reason").asString())
                    .isEqualTo("MENTOR_LEFT");
            await().atMost(Duration.ofSeconds(10)).until(() -> HttpApi.json(world.get(world.suggestionsPath("oli"),
                    "oli", "MENTEE")).get("suggestions").isEmpty());
            HttpApi.problem(world.requestMatch("oli", "erased-mentor"), 404, "not-found");
        }
    }

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

    /** The MatchExpired and MatchEnded of the world's program. */
    private static Predicate<ConsumerRecord<String, byte[]>> closingsIn(ProgramWorld world) {
        return ofType(MatchExpired.TYPE).or(ofType(MatchEnded.TYPE))
                .and(record -> world.programId.equals(data(record).get("programId").asString()));
    }

    private static String request(ProgramWorld world, String mentee, String mentor) {
        return HttpApi.expect(world.requestMatch(mentee, mentor), 201).get("id").asString();
    }

    private static String adminPairs(ProgramWorld world, String mentee, String mentor) {
        return HttpApi.expect(world.post("/api/v1/matches", "admin", "PROGRAM_ADMIN",
                Map.of("programId", world.programId, "mentorId", mentor, "menteeId", mentee)), 201).get("id").asString();
    }

    private static JsonNode data(ConsumerRecord<String, byte[]> record) {
        return HttpApi.JSON.readTree(record.value());
    }
}
