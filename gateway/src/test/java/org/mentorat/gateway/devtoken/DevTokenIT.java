package org.mentorat.gateway.devtoken;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorat.gateway.support.RunningGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;

/** In the dev profile, a developer gets a working token from the gateway without any IdP. */
@ActiveProfiles("dev")
class DevTokenIT extends RunningGateway {

    @Test
    void issuesATokenThatTheGatewayAcceptsAndRelays() throws Exception {
        String token = requestToken(Map.of("tenant", "acme", "subject", "person-42", "roles", new String[] {"PROGRAM_ADMIN", "MENTOR"}));

        JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo("person-42");
        assertThat(claims.getStringClaim("tenant")).isEqualTo("acme");
        assertThat(claims.getStringListClaim("roles")).containsExactly("PROGRAM_ADMIN", "MENTOR");
        assertThat(claims.getIssuer()).isEqualTo("mentorat-dev");
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofHours(12));

        client.get().uri("/api/v1/programs/prog-1")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.service").isEqualTo("profile")
                .jsonPath("$.headers.authorization").isEqualTo("Bearer " + token);
    }

    @Test
    void rejectsBlankTenantAndMissingSubjectNamingBothFields() {
        expectInvalid("{\"tenant\":\"  \",\"roles\":[\"MENTEE\"]}")
                .jsonPath("$.errors[*].field").value(fields -> assertThat(fields).asString()
                        .contains("tenant").contains("subject").doesNotContain("roles"))
                .jsonPath("$.token").doesNotExist();
    }

    @Test
    void rejectsAnUnknownRole() {
        expectInvalid("{\"tenant\":\"acme\",\"subject\":\"p-1\",\"roles\":[\"MENTOR\",\"SUPERUSER\"]}")
                .jsonPath("$.errors.length()").isEqualTo(1)
                .jsonPath("$.errors[0].field").isEqualTo("roles[1]");
    }

    @Test
    void answersUnreadableBodiesWith400NotServerErrors() {
        expectInvalid("{\"tenant\":\"acme\",\"subject\":\"p-1\",\"roles\":\"MENTOR\"}")
                .jsonPath("$.errors[0].field").isEqualTo("roles");
        expectInvalid("{not json")
                .jsonPath("$.errors[0].field").isEqualTo("body");
    }

    private WebTestClient.BodyContentSpec expectInvalid(String body) {
        return expectProblem(client.post().uri("/dev/tokens").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange(), 400, "invalid-request");
    }

    private String requestToken(Map<String, Object> body) {
        String token = client.post().uri("/dev/tokens")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus().isOk()
                .expectBody(TokenResponse.class)
                .returnResult()
                .getResponseBody()
                .token();
        assertThat(token).isNotBlank();
        return token;
    }
}
