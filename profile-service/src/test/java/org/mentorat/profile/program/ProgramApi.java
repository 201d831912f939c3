package org.mentorat.profile.program;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mentorat.testkit.HttpApi;
import org.mentorat.testkit.ServiceDriver;
import org.mentorat.testkit.TestTokens;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;

/**
 * profile-service as a client of one fresh tenant sees it, for the program, enrolment and
 * questionnaire tests: an administrator's token, people and programs in a few calls.
 */
public final class ProgramApi {

    public final String tenant = "prg-" + UUID.randomUUID();
    public final String admin = TestTokens.bearer(tenant, "admin-1", "PROGRAM_ADMIN");
    private final ServiceDriver driver;
    private final HttpApi http;

    public ProgramApi(ServiceDriver driver) {
        this.driver = driver;
        this.http = driver.api();
    }

    public HttpApi http() {
        return http;
    }

    public String participant(String personId) {
        return TestTokens.bearer(tenant, personId, "MENTEE");
    }

    public String person(String givenName, Map<String, Object> attributes) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("employeeNumber", "E-" + UUID.randomUUID(),
                "givenName", givenName, "familyName", "Test",
                "email", givenName.toLowerCase() + "-" + UUID.randomUUID() + "@acme.test"));
        body.putAll(attributes);
        return HttpApi.expect(http.post("/api/v1/people", admin, body), 201).get("id").asString();
    }

    public String person(String givenName) {
        return person(givenName, Map.of("languages", List.of("fr")));
    }

    public String draftProgram(Map<String, Object> definition) {
        return HttpApi.expect(http.post("/api/v1/programs", admin, definition), 201).get("id").asString();
    }

    public String publishedProgram(Map<String, Object> definition) {
        String id = draftProgram(definition);
        HttpApi.expect(http.post("/api/v1/programs/" + id + "/publish", admin, null), 200);
        return id;
    }

    public String publishedProgram() {
        return publishedProgram(Map.of("name", "Leaders of tomorrow"));
    }

    public ResponseEntity<String> enrol(String token, String programId, Map<String, Object> body) {
        return http.post("/api/v1/programs/" + programId + "/enrollments", token, body);
    }

    public String enrolled(String programId, Map<String, Object> body) {
        return HttpApi.expect(enrol(admin, programId, body), 201).get("id").asString();
    }

    public ResponseEntity<String> delete(String path, String token) {
        return driver.anonymous().send(RequestEntity.delete(URI.create(path)).header("Authorization", token).build());
    }
}
