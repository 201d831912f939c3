package org.mentorat.profile.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorat.profile.program.ProgramApi;
import org.mentorat.testkit.HttpApi;
import org.mentorat.testkit.ServiceDriver;
import org.mentorat.testkit.ServiceTest;
import org.mentorat.testkit.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Participants act on their own enrolments only; another tenant finds nothing at all. */
@ServiceTest(service = "profile")
class EnrollmentAccessIT {

    @Autowired
    ServiceDriver driver;

    @Test
    void aParticipantEnrolsReadsAndWithdrawsOnlyThemself() {
        ProgramApi api = new ProgramApi(driver);
        String program = api.publishedProgram();
        String me = api.person("Nina");
        String other = api.person("Omar");
        String mine = HttpApi.expect(api.enrol(api.participant(me), program, Map.of("personId", me, "role", "MENTEE")),
                201).get("id").asString();
        String theirs = api.enrolled(program, Map.of("personId", other, "role", "MENTEE"));
        String base = "/api/v1/programs/" + program + "/enrollments";

        HttpApi.problem(api.enrol(api.participant(me), program, Map.of("personId", other, "role", "MENTOR")), 403,
                "forbidden");
        assertThat(HttpApi.expect(api.http().get(base + "/" + mine, api.participant(me)), 200).get("personId")
                .asString()).isEqualTo(me);
        HttpApi.problem(api.http().get(base + "/" + theirs, api.participant(me)), 404, "not-found");
        HttpApi.problem(api.delete(base + "/" + theirs, api.participant(me)), 404, "not-found");
        HttpApi.problem(api.http().get(base, api.participant(me)), 403, "forbidden");
        assertThat(HttpApi.expect(api.http().get(base + "/" + theirs, api.admin), 200).get("status").asString())
                .isEqualTo("ACTIVE");
    }

    @Test
    void anotherTenantFindsNeitherTheProgramNorItsEnrolments() {
        ProgramApi api = new ProgramApi(driver);
        String program = api.publishedProgram();
        String person = api.person("Pia");
        String id = api.enrolled(program, Map.of("personId", person, "role", "MENTEE"));
        String otherAdmin = TestTokens.bearer("other-" + api.tenant, "admin-9", "PROGRAM_ADMIN");
        String base = "/api/v1/programs/" + program + "/enrollments";

        HttpApi.problem(api.enrol(otherAdmin, program, Map.of("personId", person, "role", "MENTOR")), 404, "not-found");
        HttpApi.problem(api.http().get(base, otherAdmin), 404, "not-found");
        HttpApi.problem(api.http().get(base + "/" + id, otherAdmin), 404, "not-found");
        HttpApi.problem(api.delete(base + "/" + id, otherAdmin), 404, "not-found");
        JsonNode stillThere = HttpApi.expect(api.http().get(base + "/" + id, api.admin), 200);
        assertThat(stillThere.get("status").asString()).isEqualTo("ACTIVE");
    }

    @Test
    void anEnrolmentIsOnlyFoundUnderItsOwnProgram() {
        ProgramApi api = new ProgramApi(driver);
        String program = api.publishedProgram();
        String elsewhere = api.publishedProgram();
        String id = api.enrolled(program, Map.of("personId", api.person("Quinn"), "role", "MENTEE"));

        HttpApi.problem(api.http().get("/api/v1/programs/" + elsewhere + "/enrollments/" + id, api.admin), 404,
                "not-found");
    }
}
