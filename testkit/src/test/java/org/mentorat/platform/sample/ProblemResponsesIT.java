package org.mentorat.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mentorat.testkit.HttpApi;
import org.mentorat.testkit.RealInfrastructure;
import org.mentorat.testkit.TestTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/** Bad input and refused access always get RFC 9457 problem+json with a stable type, never a 500. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(database = "sample")
class ProblemResponsesIT {

    private static final String ADMIN = TestTokens.bearer("acme", "admin-1", "PROGRAM_ADMIN");

    @LocalServerPort
    int port;

    @Test
    void invalidFieldsAreListed() {
        ResponseEntity<String> response = post(ADMIN, "{\"name\":\" \",\"size\":0}");

        JsonNode problem = problem(response, 400, "validation");
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("name", "size");
    }

    @Test
    void anIdLongerThanAnyIdNamesThePathParameter() {
        ResponseEntity<String> response = HttpApi.onLocalPort(port).get("/api/v1/widgets/" + "w".repeat(129), ADMIN);

        JsonNode problem = problem(response, 400, "validation");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("id");
    }

    @Test
    void malformedJsonIsABadRequest() {
        problem(post(ADMIN, "{\"name\": \"x\","), 400, "malformed-request");
    }

    @Test
    void aValueOfTheWrongTypeNamesTheField() {
        JsonNode problem = problem(post(ADMIN, "{\"name\":\"x\",\"size\":\"three\"}"), 400, "validation");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("size");
    }

    @Test
    void anOversizedBodyIsRefused() {
        String huge = "{\"name\":\"" + "x".repeat(10_000) + "\",\"size\":1}";
        problem(post(ADMIN, huge), 413, "payload-too-large");
    }

    @Test
    void noTokenIsUnauthorized() {
        ResponseEntity<String> response = post(null, "{\"name\":\"x\",\"size\":1}");
        problem(response, 401, "unauthorized");
        assertThat(response.getHeaders().getFirst("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void aTokenSignedWithAnotherKeyIsUnauthorized() {
        String forged = "Bearer " + TestTokens.sign("some-other-secret-that-is-long-enough-1234", "acme", "x",
                java.util.List.of("PROGRAM_ADMIN"));
        problem(post(forged, "{\"name\":\"x\",\"size\":1}"), 401, "unauthorized");
    }

    @Test
    void aTokenWithoutTenantIsUnauthorized() {
        String noTenant = "Bearer " + TestTokens.sign(TestTokens.DEV_SECRET, null, "x",
                java.util.List.of("PROGRAM_ADMIN"));
        problem(post(noTenant, "{\"name\":\"x\",\"size\":1}"), 401, "unauthorized");
    }

    @Test
    void aRoleThatMayNotCreateIsForbidden() {
        problem(post(TestTokens.bearer("acme", "p-1", "MENTEE"), "{\"name\":\"x\",\"size\":1}"), 403, "forbidden");
    }

    @Test
    void anUnknownPathIsANotFoundProblem() {
        ResponseEntity<String> response = HttpApi.onLocalPort(port).get("/api/v1/nothing-here", ADMIN);
        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private static JsonNode problem(ResponseEntity<String> response, int status, String type) {
        JsonNode problem = HttpApi.problem(response, status, type);
        assertThat(response.getBody()).doesNotContain("Exception").doesNotContain("at org.");
        return problem;
    }

    private ResponseEntity<String> post(String authorization, String body) {
        return HttpApi.onLocalPort(port).post("/api/v1/widgets", authorization, body);
    }
}
