package org.mentorat.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import org.junit.jupiter.api.Test;

class SecurityPropertiesTest {

    @Test
    void refusesToStartWithAnHmacKeyTooShortForHs256() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SecurityProperties(null, "short-secret"))
                .withMessageContaining("32 bytes");
    }

    @Test
    void treatsAnEmptyJwkSetUriAsUnset() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SecurityProperties(URI.create(""), "short-secret"));
    }

    @Test
    void needsNoHmacKeyWhenAnIdpPublishesItsKeys() {
        SecurityProperties properties = new SecurityProperties(URI.create("https://idp.example/jwks"), null);

        assertThat(properties.usesJwkSet()).isTrue();
    }
}
