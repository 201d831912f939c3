package org.mentorat.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenSettingsTest {

    private static final String LONG_SECRET = "0123456789abcdef0123456789abcdef";

    @Test
    void refusesAShortHmacKeyWhenNoIdentityProviderIsNamed() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TokenSettings(null, null, "short", null))
                .withMessageContaining("at least 32 bytes");
    }

    @Test
    void prefersTheIssuerThenTheKeySetThenTheSharedKey() {
        URI idp = URI.create("https://idp.example/realms/acme");
        assertThat(new TokenSettings(idp, URI.create("https://idp.example/jwks"), null, null).keySource())
                .isEqualTo(TokenSettings.KeySource.ISSUER);
        assertThat(new TokenSettings(URI.create(""), URI.create("https://idp.example/jwks"), null, null).keySource())
                .isEqualTo(TokenSettings.KeySource.JWK_SET);
        assertThat(new TokenSettings(null, URI.create(""), LONG_SECRET, null).keySource())
                .isEqualTo(TokenSettings.KeySource.HMAC);
    }

    @Test
    void ignoresBlankAudiencesSoAnEmptyVariableMeansAnyAudience() {
        assertThat(new TokenSettings(null, null, LONG_SECRET, List.of("")).checksAudience()).isFalse();
        assertThat(new TokenSettings(null, null, LONG_SECRET, List.of("mentorat-api")).audiences())
                .containsExactly("mentorat-api");
    }

    @Test
    void namesRolesAsAuthoritiesAndIgnoresUnknownOnes() {
        assertThat(Role.MENTOR.authority()).isEqualTo("ROLE_MENTOR");
        assertThat(Role.of("SUPERUSER")).isEmpty();
        assertThat(ProblemType.forStatus(429)).contains(ProblemType.TOO_MANY_REQUESTS);
    }
}
