package org.mentorat.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.Test;
import org.mentorat.gateway.support.ForgedTokens;
import org.mentorat.security.TokenSettings;
import org.mentorat.testkit.TestTokens;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

class JwtDecoderConfigurationTest {

    private final JwtDecoderConfiguration configuration = new JwtDecoderConfiguration();
    private final ReactiveJwtDecoder decoder = configuration.jwtDecoder(new TokenSettings(null, null, TestTokens.DEV_SECRET, null));

    @Test
    void mapsRolesToSpringAuthorities() {
        Jwt jwt = decoder.decode(TestTokens.token("acme", "person-1", "MENTOR", "HR_INTEGRATION")).block();

        AbstractAuthenticationToken authentication = configuration.jwtAuthenticationConverter().convert(jwt).block();

        assertThat(authentication.getName()).isEqualTo("person-1");
        // Spring Security 7 also adds a FACTOR_BEARER authority (how the caller authenticated).
        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .filteredOn(authority -> authority.startsWith("ROLE_"))
                .containsExactlyInAnyOrder("ROLE_MENTOR", "ROLE_HR_INTEGRATION");
    }

    @Test
    void rejectsATenantThatIsNotText() {
        JWTClaimsSet numericTenant = ForgedTokens.claims("acme", "person-1")
                .claim("tenant", 42)
                .build();

        assertThatThrownBy(() -> decoder.decode(ForgedTokens.signed(numericTenant)).block())
                .isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("tenant");
    }

    @Test
    void rejectsATokenWithoutSubject() {
        JWTClaimsSet noSubject = ForgedTokens.claims("acme", "person-1")
                .subject(null)
                .build();

        assertThatThrownBy(() -> decoder.decode(ForgedTokens.signed(noSubject)).block())
                .isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("sub");
    }
}
