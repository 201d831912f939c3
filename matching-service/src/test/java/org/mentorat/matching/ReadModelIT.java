package org.mentorat.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorat.events.profile.ProgramPublished;
import org.mentorat.testkit.HttpApi;
import org.mentorat.testkit.ServiceDriver;
import org.mentorat.testkit.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Matching learns people, reporting lines and profile changes from profile events alone. */
@ServiceTest(service = "matching")
class ReadModelIT {

    @Autowired
    ServiceDriver driver;

    @Autowired
    MongoDatabase database;

    @Test
    void aReportingLineThroughSomeoneWhoNeverEnrolledStillExcludesThePair() {
        var world = new ProgramWorld(driver, database).published("MENTEE_CHOOSES", "ONE_TO_ONE",
                new ProgramPublished.HardRules(2, false, "ANY", null, null));
        world.profileUpdated("middle-manager", "E-5", "E-9", "Sales", 1);
        world.mentor("director", 1, List.of("java"), List.of("fr"), "E-9", null);
        world.mentor("outsider", 1, List.of("java"), List.of("fr"), "E-7", null);
        world.mentee("analyst", List.of("java"), List.of("fr"), "E-1", "E-5");

        await().atMost(Duration.ofSeconds(30)).until(() -> !eligible(world, "analyst", "director"));
        JsonNode whyNot = pair(world, "analyst", "director");
        assertThat(whyNot.get("exclusions").get(0).get("rule").asString()).isEqualTo("SAME_REPORTING_LINE");
        assertThat(eligible(world, "analyst", "outsider")).isTrue();
    }

    @Test
    void aProfileChangeReachesTheCandidatesEvenWhenTheRegistrationArrivesLater() {
        var world = new ProgramWorld(driver, database).published("MENTEE_CHOOSES", "ONE_TO_ONE",
                new ProgramPublished.HardRules(0, false, "DIFFERENT", null, null));
        world.mentor("eng-mentor", 1, List.of("java"));
        // the change is newer than the registration, but reaches matching first (another partition)
        world.profileUpdated("moving-mentee", "E-3", null, "Engineering", 5, Instant.now().plusSeconds(60));
        world.mentee("moving-mentee", List.of("java"));

        await().atMost(Duration.ofSeconds(30)).until(() -> !eligible(world, "moving-mentee", "eng-mentor"));
        assertThat(pair(world, "moving-mentee", "eng-mentor").get("exclusions").get(0).get("rule").asString())
                .isEqualTo("DEPARTMENT_RULE");

        world.profileUpdated("moving-mentee", "E-3", null, "Finance", 6, Instant.now().plusSeconds(120));
        await().atMost(Duration.ofSeconds(30)).until(() -> eligible(world, "moving-mentee", "eng-mentor"));
        world.profileUpdated("moving-mentee", "E-3", null, "Engineering", 4, Instant.now().plusSeconds(180));
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(eligible(world, "moving-mentee", "eng-mentor")).as("an older change is ignored").isTrue();
    }

    private static boolean eligible(ProgramWorld world, String mentee, String mentor) {
        return pair(world, mentee, mentor).get("eligible").asBoolean();
    }

    private static JsonNode pair(ProgramWorld world, String mentee, String mentor) {
        return HttpApi.expect(world.asAdmin("/api/v1/programs/" + world.programId + "/mentees/" + mentee + "/mentors/"
                + mentor + "/explanation"), 200);
    }
}
