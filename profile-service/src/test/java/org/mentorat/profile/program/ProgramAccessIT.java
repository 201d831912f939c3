package org.mentorat.profile.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorat.testkit.HttpApi;
import org.mentorat.testkit.ServiceDriver;
import org.mentorat.testkit.ServiceTest;
import org.mentorat.testkit.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Only administrators change programs; participants never see drafts; tenants never see each other. */
@ServiceTest(service = "profile")
class ProgramAccessIT {

    @Autowired
    ServiceDriver driver;

    @Test
    void participantsCannotCreateChangePublishOrCloseAProgram() {
        ProgramApi api = new ProgramApi(driver);
        String id = api.draftProgram(Map.of("name", "Admins only"));
        String mentee = TestTokens.bearer(api.tenant, "per-1", "MENTEE");
        String mentor = TestTokens.bearer(api.tenant, "per-2", "MENTOR");

        HttpApi.problem(api.http().post("/api/v1/programs", mentee, Map.of("name", "Mine")), 403, "forbidden");
        HttpApi.problem(api.http().mergePatch("/api/v1/programs/" + id, mentor, "{\"name\":\"Mine\"}", null), 403,
                "forbidden");
        HttpApi.problem(api.http().post("/api/v1/programs/" + id + "/publish", mentor, null), 403, "forbidden");
        HttpApi.problem(api.http().post("/api/v1/programs/" + id + "/close", mentee, null), 403, "forbidden");
        HttpApi.problem(api.http().post("/api/v1/programs/" + id + "/publish",
                TestTokens.bearer(api.tenant, "hr", "HR_INTEGRATION"), null), 403, "forbidden");
        assertThat(HttpApi.expect(api.http().get("/api/v1/programs/" + id, api.admin), 200).get("status").asString())
                .isEqualTo("DRAFT");
    }

    @Test
    void participantsSeePublishedProgramsButNeverDrafts() {
        ProgramApi api = new ProgramApi(driver);
        String draft = api.draftProgram(Map.of("name", "Not yet"));
        String published = api.publishedProgram();
        String participant = TestTokens.bearer(api.tenant, "per-1", "MENTEE");

        HttpApi.problem(api.http().get("/api/v1/programs/" + draft, participant), 404, "not-found");
        HttpApi.expect(api.http().get("/api/v1/programs/" + published, participant), 200);
        JsonNode list = HttpApi.expect(api.http().get("/api/v1/programs", participant), 200);
        assertThat(list.get("items").findValuesAsString("id")).containsExactly(published);
        JsonNode drafts = HttpApi.expect(api.http().get("/api/v1/programs?status=DRAFT", participant), 200);
        assertThat(drafts.get("total").asLong()).isZero();
    }

    @Test
    void anotherTenantsAdministratorFindsNothing() {
        ProgramApi api = new ProgramApi(driver);
        String id = api.publishedProgram();
        String otherAdmin = TestTokens.bearer("other-" + api.tenant, "admin-9", "PROGRAM_ADMIN");

        HttpApi.problem(api.http().get("/api/v1/programs/" + id, otherAdmin), 404, "not-found");
        HttpApi.problem(api.http().mergePatch("/api/v1/programs/" + id, otherAdmin, "{\"name\":\"Taken\"}", null),
                404, "not-found");
        HttpApi.problem(api.http().post("/api/v1/programs/" + id + "/close", otherAdmin, null), 404, "not-found");
        HttpApi.problem(api.http().post("/api/v1/programs/" + id + "/publish", otherAdmin, null), 404, "not-found");
        assertThat(HttpApi.expect(api.http().get("/api/v1/programs", otherAdmin), 200).get("total").asLong()).isZero();
        assertThat(HttpApi.expect(api.http().get("/api/v1/programs/" + id, api.admin), 200).get("status").asString())
                .isEqualTo("PUBLISHED");
    }

    @Test
    void withoutATokenNothingIsAnswered() {
        ProgramApi api = new ProgramApi(driver);
        HttpApi.problem(api.http().get("/api/v1/programs", null), 401, "unauthorized");
    }
}
