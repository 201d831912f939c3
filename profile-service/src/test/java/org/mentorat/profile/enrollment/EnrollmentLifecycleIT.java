package org.mentorat.profile.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorat.testkit.EventProbe.ofTypeAbout;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorat.events.profile.EnrollmentWithdrawn;
import org.mentorat.events.profile.MenteeRegistered;
import org.mentorat.profile.program.ProgramApi;
import org.mentorat.testkit.EventProbe;
import org.mentorat.testkit.HttpApi;
import org.mentorat.testkit.ServiceDriver;
import org.mentorat.testkit.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Who may enrol where, once per role; withdrawing once is announced once. */
@ServiceTest(service = "profile")
class EnrollmentLifecycleIT {

    @Autowired
    ServiceDriver driver;

    @Test
    void onlyAPublishedProgramTakesEnrolments() {
        ProgramApi api = new ProgramApi(driver);
        String person = api.person("Dora");
        String draft = api.draftProgram(Map.of("name", "Not yet"));
        String closed = api.publishedProgram();
        HttpApi.expect(api.http().post("/api/v1/programs/" + closed + "/close", api.admin, null), 200);
        Map<String, Object> mentee = Map.of("personId", person, "role", "MENTEE");

        HttpApi.problem(api.enrol(api.admin, draft, mentee), 409, "program-not-open");
        HttpApi.problem(api.enrol(api.admin, closed, mentee), 409, "program-not-open");
        HttpApi.problem(api.enrol(api.participant(person), draft, mentee), 404, "not-found");
        HttpApi.problem(api.enrol(api.admin, "no-such-program", mentee), 404, "not-found");
    }

    @Test
    void aPersonEnrolsOncePerRoleAndMayHoldBothRoles() {
        ProgramApi api = new ProgramApi(driver);
        String person = api.person("Eli");
        String program = api.publishedProgram();
        Map<String, Object> mentor = Map.of("personId", person, "role", "MENTOR", "capacity", 2);
        api.enrolled(program, mentor);

        HttpApi.problem(api.enrol(api.admin, program, mentor), 409, "already-enrolled");
        HttpApi.expect(api.enrol(api.participant(person), program, Map.of("personId", person, "role", "MENTEE")), 201);
    }

    @Test
    void withdrawingAnnouncesItOnceAndAllowsEnrollingAgain() {
        ProgramApi api = new ProgramApi(driver);
        String person = api.person("Fay");
        String program = api.publishedProgram();
        String id = api.enrolled(program, Map.of("personId", person, "role", "MENTEE"));
        String path = "/api/v1/programs/" + program + "/enrollments/" + id;
        EventProbe probe = driver.probe();
        assertThat(api.delete(path, api.participant(person)).getStatusCode().value()).isEqualTo(204);

        JsonNode event = HttpApi.JSON.readTree(probe.await(ofTypeAbout(EnrollmentWithdrawn.TYPE, id)).value());
        assertThat(event.get("personId").asString()).isEqualTo(person);
        assertThat(event.get("programId").asString()).isEqualTo(program);
        assertThat(event.get("role").asString()).isEqualTo("MENTEE");
        assertThat(api.delete(path, api.admin).getStatusCode().value()).isEqualTo(204);
        JsonNode withdrawn = HttpApi.expect(api.http().get(path, api.admin), 200);
        assertThat(withdrawn.get("status").asString()).isEqualTo("WITHDRAWN");

        String again = api.enrolled(program, Map.of("personId", person, "role", "MENTEE"));
        probe.await(ofTypeAbout(MenteeRegistered.TYPE, again));
        assertThat(probe.matching(ofTypeAbout(EnrollmentWithdrawn.TYPE, id))).hasSize(1);
    }

    @Test
    void anInactivePersonCannotEnrol() {
        ProgramApi api = new ProgramApi(driver);
        String person = api.person("Gus");
        HttpApi.expect(api.http().mergePatch("/api/v1/people/" + person, api.admin, "{\"active\":false}", null), 200);
        String program = api.publishedProgram();

        HttpApi.problem(api.enrol(api.admin, program, Map.of("personId", person, "role", "MENTEE")), 409,
                "person-inactive");
    }

    @Test
    void aPeerProgramPairsMenteesAndTakesNoMentors() {
        ProgramApi api = new ProgramApi(driver);
        String person = api.person("Hana");
        String program = api.publishedProgram(Map.of("name", "Peers", "type", "PEER"));

        HttpApi.problem(api.enrol(api.admin, program, Map.of("personId", person, "role", "MENTOR")), 409,
                "role-not-offered");
        HttpApi.expect(api.enrol(api.admin, program, Map.of("personId", person, "role", "MENTEE")), 201);
    }

    @Test
    void administratorsListAProgramsEnrolmentsByRole() {
        ProgramApi api = new ProgramApi(driver);
        String program = api.publishedProgram();
        String mentor = api.enrolled(program, Map.of("personId", api.person("Ivo"), "role", "MENTOR"));
        String mentee = api.enrolled(program, Map.of("personId", api.person("Jade"), "role", "MENTEE"));

        JsonNode all = HttpApi.expect(api.http().get("/api/v1/programs/" + program + "/enrollments", api.admin), 200);
        JsonNode mentors = HttpApi.expect(api.http().get("/api/v1/programs/" + program + "/enrollments?role=MENTOR",
                api.admin), 200);

        assertThat(all.get("items").findValuesAsString("id")).containsExactly(mentor, mentee);
        assertThat(mentors.get("items").findValuesAsString("id")).containsExactly(mentor);
        assertThat(mentors.get("items").get(0).get("capacity").asInt()).isEqualTo(1);
    }
}
