package org.mentorat.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorat.testkit.HttpApi;
import org.mentorat.testkit.ServiceDriver;
import org.mentorat.testkit.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The fairness report flags a group matched at under four fifths of the best group's rate. */
@ServiceTest(service = "matching")
class FairnessIT {

    @Autowired
    ServiceDriver driver;

    @Autowired
    MongoDatabase database;

    @Test
    void aGroupMatchedAtUnderFourFifthsOfTheBestRateIsFlagged() {
        var world = ProgramWorld.oneToOne(driver, database, "ADMIN_COHORT");
        world.mentor("big-mentor", 10, List.of("java"));
        for (int i = 0; i < 5; i++) {
            world.menteeIn("Sales", "sales-" + i);
            world.menteeIn("Finance", "finance-" + i);
        }
        for (String mentee : List.of("sales-0", "sales-1", "sales-2", "sales-3", "finance-0", "finance-1")) {
            HttpApi.expect(world.post("/api/v1/matches", "admin", "PROGRAM_ADMIN", Map.of("programId", world.programId,
                    "mentorId", "big-mentor", "menteeId", mentee)), 201);
        }
        HttpApi.expect(world.put("/api/v1/fairness/protected-attributes", "admin", "PROGRAM_ADMIN",
                Map.of("protectedAttributes", List.of("remote"))), 200);

        JsonNode report = HttpApi.expect(world.get("/api/v1/programs/" + world.programId + "/fairness", "ops", "OPS"),
                200);

        assertThat(report.get("mentees").asInt()).isEqualTo(10);
        JsonNode department = attribute(report, "department");
        assertThat(department.get("referenceGroup").asString()).isEqualTo("Sales");
        JsonNode finance = group(department, "Finance");
        assertThat(finance.get("matchRate").asDouble()).isEqualTo(0.4);
        assertThat(finance.get("impactRatio").asDouble()).isEqualTo(0.5);
        assertThat(finance.get("flagged").asBoolean()).isTrue();
        assertThat(group(department, "Sales").get("flagged").asBoolean()).isFalse();
        assertThat(group(department, "Sales").get("scores").get("count").asInt()).isEqualTo(4);
        assertThat(attribute(report, "remote")).as("marked protected by the tenant").isNotNull();
        assertThat(attribute(report, "seniority")).isNotNull();
    }

    @Test
    void onlyOverseersSeeItAndOnlyKnownAttributesCanBeMarked() {
        var world = ProgramWorld.oneToOne(driver, database, "ADMIN_COHORT");

        HttpApi.problem(world.get("/api/v1/programs/" + world.programId + "/fairness", "m", "MENTEE"), 403, "forbidden");
        JsonNode invalid = HttpApi.problem(world.put("/api/v1/fairness/protected-attributes", "admin",
                "PROGRAM_ADMIN", Map.of("protectedAttributes", List.of("remote", "shoeSize"))), 400, "validation");
        assertThat(invalid.toString()).contains("protectedAttributes[1]");
        HttpApi.problem(world.asAdmin("/api/v1/programs/unknown/fairness"), 404, "not-found");
    }

    private static JsonNode attribute(JsonNode report, String name) {
        return report.get("attributes").valueStream().filter(a -> name.equals(a.get("attribute").asString()))
                .findFirst().orElse(null);
    }

    private static JsonNode group(JsonNode attribute, String name) {
        return attribute.get("groups").valueStream().filter(g -> name.equals(g.get("group").asString()))
                .findFirst().orElseThrow();
    }
}
