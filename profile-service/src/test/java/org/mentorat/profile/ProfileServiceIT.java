package org.mentorat.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorat.testkit.HttpApi;
import org.mentorat.testkit.ServiceDriver;
import org.mentorat.testkit.ServiceTest;
import org.mentorat.testkit.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

@ServiceTest(service = "profile")
class ProfileServiceIT {

    private static final String ADMIN = TestTokens.bearer("acme", "admin-1", "PROGRAM_ADMIN");

    @Autowired
    ServiceDriver driver;

    @Test
    void anotherTenantCannotReadOrEnrolTheFirstTenantsPeople() {
        String person = register(ADMIN, "Chloe", List.of("en"), "Legal");
        String program = createProgram(ADMIN);
        String otherAdmin = TestTokens.bearer("globex", "admin-9", "PROGRAM_ADMIN");

        assertThat(problemType(get(otherAdmin, "/api/v1/people/" + person), 404)).endsWith("/not-found");
        assertThat(problemType(get(otherAdmin, "/api/v1/programs/" + program), 404)).endsWith("/not-found");
        assertThat(problemType(post(otherAdmin, "/api/v1/programs/" + program + "/enrollments",
                Map.of("personId", person, "role", "MENTEE")), 404)).endsWith("/not-found");
    }

    @Test
    void participantsSeeOnlyThemselvesAndCannotEnrolOthers() {
        String me = register(ADMIN, "Dora", List.of("en"), "IT");
        String someoneElse = register(ADMIN, "Eli", List.of("en"), "IT");
        String program = createProgram(ADMIN);
        String myToken = TestTokens.bearer("acme", me, "MENTEE");

        assertThat(get(myToken, "/api/v1/people/" + me).getStatusCode().value()).isEqualTo(200);
        assertThat(get(myToken, "/api/v1/people/" + someoneElse).getStatusCode().value()).isEqualTo(404);
        assertThat(problemType(post(myToken, "/api/v1/programs/" + program + "/enrollments",
                Map.of("personId", someoneElse, "role", "MENTEE")), 403)).endsWith("/forbidden");
        assertThat(problemType(post(myToken, "/api/v1/people", Map.of()), 403)).endsWith("/forbidden");
    }

    @Test
    void invalidPeopleAreRejectedWithTheFieldsAtFault() {
        ResponseEntity<String> response = post(ADMIN, "/api/v1/people",
                Map.of("employeeNumber", "", "givenName", "X", "familyName", "Y", "email", "not-an-email",
                        "locale", "de"));

        assertThat(problemType(response, 400)).endsWith("/validation");
        assertThat(HttpApi.JSON.readTree(response.getBody()).get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("employeeNumber", "email", "locale");
    }

    @Test
    void aDuplicateEmployeeNumberIsAConflict() {
        Map<String, Object> person = Map.of("employeeNumber", "E-dup", "givenName", "F", "familyName", "G",
                "email", "f@acme.test");
        post(ADMIN, "/api/v1/people", person);
        assertThat(problemType(post(ADMIN, "/api/v1/people", person), 409)).endsWith("/duplicate-person");
    }

    private String register(String token, String name, List<String> languages, String department) {
        return body(post(token, "/api/v1/people", Map.of(
                "employeeNumber", "E-" + UUID.randomUUID(), "givenName", name, "familyName", "Test",
                "email", name.toLowerCase() + "@acme.test", "languages", languages, "department", department,
                "locale", "fr")), 201).get("id").asString();
    }

    private String createProgram(String token) {
        return body(post(token, "/api/v1/programs", Map.of("name", "Leaders of tomorrow")), 201).get("id").asString();
    }

    private static JsonNode body(ResponseEntity<String> response, int status) {
        return HttpApi.expect(response, status);
    }

    private static String problemType(ResponseEntity<String> response, int status) {
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        return body(response, status).get("type").asString();
    }

    private ResponseEntity<String> post(String token, String path, Object body) {
        return driver.api().post(path, token, body);
    }

    private ResponseEntity<String> get(String token, String path) {
        return driver.api().get(path, token);
    }
}
