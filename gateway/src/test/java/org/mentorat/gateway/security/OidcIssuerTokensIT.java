package org.mentorat.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.mentorat.gateway.support.FakeIdentityProvider;
import org.mentorat.gateway.support.RunningGateway;
import org.mentorat.testkit.TestTokens;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Tokens of an OIDC issuer: the gateway finds the key set by discovery from
 * {@code mentorat.security.issuer-uri}, checks signature, {@code iss}, {@code aud}, {@code exp}
 * and {@code nbf}, and follows the IdP's key rotation without a restart. Every refusal is a 401
 * problem with the RFC 6750 {@code invalid_token} challenge.
 */
class OidcIssuerTokensIT extends RunningGateway {

    private static final FakeIdentityProvider IDP = FakeIdentityProvider.start();

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("mentorat.security.issuer-uri", IDP::issuer);
        registry.add("mentorat.security.audiences", () -> FakeIdentityProvider.AUDIENCE);
    }

    @Test
    void acceptsAValidTokenOfTheIssuerAndRelaysIt() {
        String token = IDP.token("acme", "person-1", "MENTOR");

        call(token).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.service").isEqualTo("profile")
                .jsonPath("$.headers.authorization").isEqualTo("Bearer " + token);
    }

    @Test
    void refusesAnUnsignedToken() {
        String unsigned = new PlainJWT(IDP.claims("acme", "person-1", "MENTOR").build()).serialize();

        expectInvalidToken(unsigned);
    }

    @Test
    void refusesAnExpiredToken() {
        Instant past = Instant.now().minus(Duration.ofHours(1));
        JWTClaimsSet expired = IDP.claims("acme", "person-1", "MENTOR")
                .issueTime(Date.from(past))
                .notBeforeTime(Date.from(past))
                .expirationTime(Date.from(past.plus(Duration.ofMinutes(10))))
                .build();

        expectInvalidToken(FakeIdentityProvider.signed(expired, IDP.currentKey()));
    }

    /** Five minutes ahead is well beyond the 60 s of clock skew the gateway tolerates. */
    @Test
    void refusesATokenNotValidYet() {
        Instant later = Instant.now().plus(Duration.ofMinutes(5));
        JWTClaimsSet notYet = IDP.claims("acme", "person-1", "MENTOR")
                .notBeforeTime(Date.from(later))
                .expirationTime(Date.from(later.plus(Duration.ofMinutes(10))))
                .build();

        expectInvalidToken(FakeIdentityProvider.signed(notYet, IDP.currentKey()));
    }

    @Test
    void refusesATokenForAnotherAudience() {
        JWTClaimsSet otherAudience = IDP.claims("acme", "person-1", "MENTOR").audience("billing-api").build();

        expectInvalidToken(FakeIdentityProvider.signed(otherAudience, IDP.currentKey()));
    }

    @Test
    void refusesATokenOfAnotherIssuer() {
        JWTClaimsSet otherIssuer = IDP.claims("acme", "person-1", "MENTOR").issuer("https://idp.evil.example").build();

        expectInvalidToken(FakeIdentityProvider.signed(otherIssuer, IDP.currentKey()));
    }

    @Test
    void refusesATokenSignedWithAKeyTheIssuerNeverPublished() {
        JWTClaimsSet claims = IDP.claims("acme", "person-1", "MENTOR").build();

        // an unknown kid, and a stranger's key under the kid of the published one
        expectInvalidToken(FakeIdentityProvider.signed(claims, FakeIdentityProvider.strangerKey("stranger")));
        expectInvalidToken(FakeIdentityProvider.signed(claims,
                FakeIdentityProvider.strangerKey(IDP.currentKey().getKeyID())));
    }

    @Test
    void refusesADevTokenOnceAnIssuerIsConfigured() {
        expectInvalidToken(TestTokens.token("acme", "person-1", "MENTOR"));
    }

    /**
     * The IdP publishes a new key and drops the old one. A token of the new key is accepted at
     * once: its unknown {@code kid} makes the gateway fetch the key set again. That fetch also
     * lets go of the old key, so its tokens are refused from then on.
     */
    @Test
    void followsAKeyRotationWithoutARestart() {
        RSAKey oldKey = IDP.currentKey();
        String ofOldKey = FakeIdentityProvider.signed(IDP.claims("acme", "person-1", "MENTOR").build(), oldKey);
        call(ofOldKey).expectStatus().isOk();
        int fetchesBefore = IDP.keySetFetches();

        RSAKey newKey = IDP.rotate();

        call(FakeIdentityProvider.signed(IDP.claims("acme", "person-1", "MENTOR").build(), newKey))
                .expectStatus().isOk();
        assertThat(IDP.keySetFetches()).isGreaterThan(fetchesBefore);
        expectInvalidToken(ofOldKey);
    }

    private WebTestClient.ResponseSpec call(String token) {
        return client.get().uri("/api/v1/people/p-1")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange();
    }

    private void expectInvalidToken(String token) {
        expectProblem(call(token)
                .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE,
                        challenge -> assertThat(challenge).startsWith("Bearer error=\"invalid_token\"")),
                401, "unauthorized")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).startsWith("The bearer token was rejected"));
    }
}
