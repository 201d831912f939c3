package org.mentorat.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mentorat.gateway.support.RunningGateway;
import org.mentorat.gateway.support.ForgedTokens;
import org.mentorat.testkit.TestTokens;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The public contract of the gateway: who gets which path, and who gets in at all. */
class GatewayRoutingIT extends RunningGateway {

    private static final String OTHER_SECRET = "some-other-issuer-secret-0123456789-abcdefghij";

    @LocalManagementPort
    int managementPort;

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "/api/v1/people/p-1/export, profile",
            "/api/v1/people?skill=java, profile",
            "/api/v1/programs, profile",
            "/api/v1/programs/prog-1, profile",
            "/api/v1/programs/prog-1/enrollments/e-1, profile",
            "/api/v1/programs/prog-1/publish, profile",
            "/api/v1/skill-taxonomy/Java, profile",
            "/api/v1/questionnaire?locale=fr, profile",
            "/api/v1/erasures/er-1, profile",
            "/api/v1/imports/im-1, profile",
            "/scim/v2/Users/u-1, profile",
            "/api/v1/programs/prog-1/mentees/p-1/suggestions?limit=5, matching",
            "/api/v1/programs/prog-1/matching-runs, matching",
            "/api/v1/programs/prog-1/fairness, matching",
            "/api/v1/matching-runs/run-1, matching",
            "/api/v1/matches/m-1/explanation, matching",
            "/api/v1/matches, matching",
            "/api/v1/fairness/protected-attributes, matching",
            "/api/v1/programs/prog-1/mentees/p-1/mentors/m-2/explanation, matching",
            "/api/v1/matching-runs/run-1/proposals?offset=0, matching",
            "/api/v1/mentorships/ms-1, session",
            "/api/v1/goals/g-1, session",
            "/api/v1/sessions/s-1/invite.ics, session",
            "/api/v1/calendar/token, session",
            "/api/v1/programs/prog-1/report, session",
            "/api/v1/notifications/me, notification",
            "/api/v1/notification-preferences/me, notification",
            "/api/v1/notification-webhooks/SLACK, notification"})
    void routesEachPathUnchangedToTheOwningServiceWithTheTokenRelayed(String path, String service) {
        String token = TestTokens.token("acme", "person-1", "PROGRAM_ADMIN");

        client.get().uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.service").isEqualTo(service)
                .jsonPath("$.path").isEqualTo(path)
                .jsonPath("$.headers.authorization").isEqualTo("Bearer " + token);
    }

    @Test
    void tellsTheServicesWhichHostAndSchemeTheClientUsed() {
        String token = TestTokens.token("acme", "person-1", "PROGRAM_ADMIN");

        client.get().uri("/api/v1/people/p-1")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .header(HttpHeaders.HOST, "api.mentorat.example")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.headers['x-forwarded-host']").isEqualTo("api.mentorat.example")
                .jsonPath("$.headers['x-forwarded-proto']").isEqualTo("http");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"profile", "matching", "session", "notification"})
    void servesEachServicesOpenApiDocumentWithoutAToken(String service) {
        client.get().uri("/openapi/" + service)
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.service").isEqualTo(service)
                .jsonPath("$.path").isEqualTo("/v3/api-docs");
    }

    @Test
    void servesOneSwaggerUiListingEveryServicesDocumentWithoutAToken() {
        client.get().uri("/v3/api-docs/swagger-config")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.urls[*].url").value(urls -> assertThat(urls).asInstanceOf(InstanceOfAssertFactories.LIST)
                        .containsExactlyInAnyOrder("/openapi/profile", "/openapi/matching", "/openapi/session",
                                "/openapi/notification"));
        client.get().uri("/swagger-ui/index.html").exchange().expectStatus().isOk();
    }

    /** Only the headers are sent: the gateway must answer from Content-Length alone, without waiting for the body. */
    @Test
    void refusesAnOversizedBodyWith413ProblemJsonBeforeReadingIt() throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            String head = "POST /api/v1/people HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 2000000\r\nAuthorization: Bearer " + TestTokens.token("acme", "admin", "PROGRAM_ADMIN")
                    + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 413")
                    .contains("application/problem+json", "https://mentorat.org/problems/payload-too-large");
        }
    }

    @Test
    void refusesARouteWhoseRolesTheCallerLacksWith403ProblemJson() {
        expectProblem(client.get().uri("/scim/v2/Users")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.token("acme", "mentee-1", "MENTEE"))
                .exchange(), 403, "forbidden");
    }

    @Test
    void routesAPersonalCalendarFeedToSessionServiceWithoutAToken() {
        client.get().uri("/api/v1/calendar/Zm9vYmFyYmF6cXV4cXV1eHF1dXhxdXV4cXV1eHF1dXg.ics")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.service").isEqualTo("session")
                .jsonPath("$.path").isEqualTo("/api/v1/calendar/Zm9vYmFyYmF6cXV4cXV1eHF1dXhxdXV4cXV1eHF1dXg.ics");
        client.post().uri("/api/v1/calendar/token")
                .exchange()
                .expectStatus().isUnauthorized();
    }

    /** RFC 8058: a mail client posts the one-click unsubscribe with no bearer; the path's signed token is checked by the service. */
    @Test
    void routesAOneClickUnsubscribeToNotificationServiceWithoutAToken() {
        String path = "/api/v1/notification-preferences/unsubscribe/dG9rZW4";

        client.post().uri(path)
                .header(HttpHeaders.CONTENT_TYPE, "application/x-www-form-urlencoded")
                .bodyValue("List-Unsubscribe=One-Click")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.service").isEqualTo("notification")
                .jsonPath("$.path").isEqualTo(path);
        client.get().uri(path)
                .exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void forwardsMethodAndBodyAndReportsTheRemainingRateBudget() {
        client.post().uri("/api/v1/matches/m-1/accept")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.token("acme", "mentee-1", "MENTEE"))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"note\":\"happy to start\"}")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().exists("RateLimit-Remaining")
                .expectBody()
                .jsonPath("$.service").isEqualTo("matching")
                .jsonPath("$.method").isEqualTo("POST")
                .jsonPath("$.body").isEqualTo("{\"note\":\"happy to start\"}");
    }

    @Test
    void stripsClientSentTenantAndIdentityHeadersBeforeRouting() {
        client.get().uri("/api/v1/people/p-1")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.token("acme", "person-1", "MENTOR"))
                .header("X-Tenant-Id", "globex")
                .header("X-Mentorat-Tenant", "globex")
                .header("X-User-Id", "someone-else")
                .header("X-Request-Id", "kept-1")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.headers['x-tenant-id']").doesNotExist()
                .jsonPath("$.headers['x-mentorat-tenant']").doesNotExist()
                .jsonPath("$.headers['x-user-id']").doesNotExist()
                .jsonPath("$.headers['x-request-id']").isEqualTo("kept-1");
    }

    @Test
    void rejectsARequestWithoutTokenWithProblemJson() {
        expectProblem(client.get().uri("/api/v1/people/p-1").exchange()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer"), 401, "unauthorized")
                .jsonPath("$.title").isNotEmpty()
                .jsonPath("$.detail").isNotEmpty();
    }

    @Test
    void rejectsATokenSignedWithAnotherKey() {
        String forged = TestTokens.sign(OTHER_SECRET, "acme", "person-1", List.of("OPS"));

        expectRejected(forged);
    }

    @Test
    void rejectsATokenWithoutTenant() {
        String noTenant = TestTokens.sign(TestTokens.DEV_SECRET, null, "person-1", List.of("OPS"));

        expectRejected(noTenant)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("tenant"));
    }

    @Test
    void rejectsAnExpiredToken() {
        Instant past = Instant.now().minus(Duration.ofHours(2));
        JWTClaimsSet expired = ForgedTokens.claims("acme", "person-1", "OPS")
                .issueTime(Date.from(past))
                .expirationTime(Date.from(past.plus(Duration.ofMinutes(5))))
                .build();

        expectRejected(ForgedTokens.signed(expired));
    }

    @Test
    void answersAnUnknownApiPathWith404ProblemJson() {
        expectProblem(client.get().uri("/api/v1/xyz")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.token("acme", "person-1", "OPS"))
                .exchange(), 404, "not-found")
                .jsonPath("$.instance").isEqualTo("/api/v1/xyz");
    }

    @Test
    void doesNotIssueDevTokensOutsideTheDevProfile() {
        String body = "{\"tenant\":\"acme\",\"subject\":\"p-1\",\"roles\":[\"PROGRAM_ADMIN\"]}";

        client.post().uri("/dev/tokens").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.token").doesNotExist();
        client.post().uri("/dev/tokens").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.token("acme", "person-1", "OPS"))
                .exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.token").doesNotExist();
    }

    @Test
    void servesHealthAndMetricsOnlyOnTheManagementPort() {
        WebTestClient management = WebTestClient.bindToServer().baseUrl("http://localhost:" + managementPort).build();

        management.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        management.get().uri("/actuator/health/liveness").exchange()
                .expectStatus().isOk();
        management.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(text -> assertThat(text).contains("application=\"gateway\""));
        client.get().uri("/actuator/health")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.token("acme", "person-1", "OPS"))
                .exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void answersCorsPreflightForAllowedOriginsOnly() {
        client.method(HttpMethod.OPTIONS).uri("/api/v1/people")
                .header(HttpHeaders.ORIGIN, "https://app.mentorat.test")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "PATCH")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization, content-type")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://app.mentorat.test");

        expectProblem(client.method(HttpMethod.OPTIONS).uri("/api/v1/people")
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
                .exchange(), 403, "forbidden");
    }

    /** The web app's scripts may read the request id, Retry-After and the budget, on answers and refusals alike. */
    @Test
    void letsTheWebAppReadTheRequestIdAndRateLimitHeaders() {
        client.get().uri("/api/v1/people/p-1")
                .header(HttpHeaders.ORIGIN, "https://app.mentorat.test")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.token("acme", "cors-user", "MENTOR"))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://app.mentorat.test")
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, exposed -> assertThat(
                        List.of(exposed.toLowerCase(java.util.Locale.ROOT).split("\\s*,\\s*")))
                        .contains("x-request-id", "retry-after", "ratelimit-limit", "ratelimit-remaining",
                                "ratelimit-reset"))
                .expectHeader().exists("X-Request-Id")
                .expectHeader().exists("RateLimit-Remaining");
    }

    private WebTestClient.BodyContentSpec expectRejected(String token) {
        return expectProblem(client.get().uri("/api/v1/people/p-1")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange(), 401, "unauthorized");
    }
}
