package org.mentorat.profile.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorat.testkit.HttpApi;
import org.mentorat.testkit.ServiceDriver;
import org.mentorat.testkit.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A patch is validated like a create (see {@link ProgramControllerTest}) and an invalid one changes
 * nothing.
 */
@ServiceTest(service = "profile")
class ProgramValidationIT {

    @Autowired
    ServiceDriver driver;

    @Test
    void aPatchIsValidatedLikeACreate() {
        ProgramApi api = new ProgramApi(driver);
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
