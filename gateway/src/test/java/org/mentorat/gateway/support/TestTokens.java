package org.mentorat.gateway.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/** Mints HS256 tokens for tests, signed independently of the production code under test. */
public final class TestTokens {

    /** The key the integration tests configure as {@code mentorat.security.hmac-secret}. */
    public static final String SECRET = "integration-test-secret-0123456789-abcdefghij";
    public static final String OTHER_SECRET = "some-other-issuer-secret-0123456789-abcdefghij";

    private TestTokens() {
    }

    public static String valid(String tenant, String subject, String... roles) {
        return sign(SECRET, claims(tenant, subject, roles).build());
    }

    public static JWTClaimsSet.Builder claims(String tenant, String subject, String... roles) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .subject(subject)
                .claim("tenant", tenant)
                .claim("roles", List.of(roles))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofHours(1))));
    }

    public static String sign(String secret, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign test token", e);
        }
    }
}
