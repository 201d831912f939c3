package org.mentorat.gateway.devtoken;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.mentorat.security.TokenClaims;
import org.mentorat.security.TokenSettings;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Signs HS256 tokens with the same key the gateway and services validate with, so a developer
 * can act as any person of any tenant without running an IdP.
 */
class DevTokenIssuer {

    static final String ISSUER = "mentorat-dev";
    static final Duration LIFETIME = Duration.ofHours(12);

    private final JwtEncoder encoder;
    private final Clock clock;

    DevTokenIssuer(TokenSettings properties, Clock clock) {
        this.encoder = NimbusJwtEncoder.withSecretKey(properties.hmacKey()).algorithm(MacAlgorithm.HS256).build();
        this.clock = clock;
    }

    String issue(TokenRequest request) {
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .subject(request.subject())
                .claim(TokenClaims.TENANT, request.tenant())
                .claim(TokenClaims.ROLES, request.roles())
                .issuedAt(now)
                .expiresAt(now.plus(LIFETIME))
                .build();
        JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).type("JWT").build();
        return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }
}
