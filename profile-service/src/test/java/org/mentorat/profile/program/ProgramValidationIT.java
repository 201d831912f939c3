package org.mentorat.profile.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorat.profile.ProfileServiceApplication;
import org.mentorat.testkit.HttpApi;
import org.mentorat.testkit.RealInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Invalid programs are refused with every field at fault named, on create and on patch alike. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {ProfileServiceApplication.CONFIG_NAME, "management.server.port=0"})
@RealInfrastructure(database = "profile")
class ProgramValidationIT {

    @LocalServerPort
    int port;

    @Test
    void everyInvalidFieldOfANewProgramIsListed() {
        ProgramApi api = new ProgramApi(port);

        JsonNode problem = HttpApi.problem(api.http().post("/api/v1/programs", api.admin, Map.of(
                "name", " ", "cohortStart", "2026-09-01", "cohortEnd", "2026-03-01", "relationshipWeeks", 0,
                "matching", Map.of("weights", Map.of("skills", -1), "suggestionsShown", 21,
                        "rules", Map.of("minSeniorityGap", 3, "maxSeniorityGap", 1)))), 400, "validation");

        assertThat(problem.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("name", "cohortEnd",
                "relationshipWeeks", "matching.weights.skills", "matching.suggestionsShown",
                "matching.rules.maxSeniorityGap");
    }

    @Test
    void valuesOfTheWrongTypeAndUnknownEnumsNameTheirField() {
        ProgramApi api = new ProgramApi(port);

        JsonNode type = HttpApi.problem(api.http().post("/api/v1/programs", api.admin,
                Map.of("name", "X", "type", "MENTORING_CIRCLE")), 400, "validation");
        JsonNode mode = HttpApi.problem(api.http().post("/api/v1/programs", api.admin,
                Map.of("name", "X", "matching", Map.of("optimizeFor", "SPEED"))), 400, "validation");

        assertThat(type.get("errors").findValuesAsString("field")).containsExactly("type");
        assertThat(mode.get("errors").findValuesAsString("field")).containsExactly("matching.optimizeFor");
    }

    @Test
    void weightsMayBeZeroButNotAllOfThem() {
        ProgramApi api = new ProgramApi(port);
        Map<String, Object> zero = Map.of("skills", 0, "goals", 0, "languages", 0, "availability", 0,
                "seniority", 0, "style", 0, "location", 0, "departmentDiversity", 0);

        JsonNode problem = HttpApi.problem(api.http().post("/api/v1/programs", api.admin,
                Map.of("name", "X", "matching", Map.of("weights", zero))), 400, "validation");

        assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("matching.weights");
    }

    @Test
    void anEvergreenProgramHasNoDatesAndACohortNeedsBoth() {
        ProgramApi api = new ProgramApi(port);

        JsonNode both = HttpApi.problem(api.http().post("/api/v1/programs", api.admin,
                Map.of("name", "X", "evergreen", true, "cohortStart", "2026-01-01")), 400, "validation");
        JsonNode half = HttpApi.problem(api.http().post("/api/v1/programs", api.admin,
                Map.of("name", "X", "cohortStart", "2026-01-01")), 400, "validation");

        assertThat(both.get("errors").findValuesAsString("field")).containsExactly("evergreen");
        assertThat(half.get("errors").findValuesAsString("field")).containsExactly("cohortEnd");
    }

    @Test
    void aPatchIsValidatedLikeACreate() {
        ProgramApi api = new ProgramApi(port);
        String id = api.draftProgram(Map.of("name", "Valid"));

        JsonNode problem = HttpApi.problem(api.http().mergePatch("/api/v1/programs/" + id, api.admin,
                "{\"name\":null,\"matching\":{\"proposalExpiryDays\":0,\"rules\":{\"department\":\"NEAR\"}}}", null),
                400, "validation");
        JsonNode typed = HttpApi.problem(api.http().mergePatch("/api/v1/programs/" + id, api.admin,
                "{\"sessionCadenceWeeks\":\"often\"}", null), 400, "validation");

        assertThat(problem.get("errors").findValuesAsString("field")).contains("matching.rules.department");
        assertThat(typed.get("errors").findValuesAsString("field")).containsExactly("sessionCadenceWeeks");
        JsonNode unchanged = HttpApi.expect(api.http().get("/api/v1/programs/" + id, api.admin), 200);
        assertThat(unchanged.get("name").asString()).isEqualTo("Valid");
        assertThat(unchanged.get("version").asLong()).isEqualTo(1);
    }
}
