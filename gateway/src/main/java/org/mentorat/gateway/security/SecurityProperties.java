package org.mentorat.gateway.security;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * Where bearer tokens come from. Production points {@code jwkSetUri} at the employer's IdP; local
 * and dev runs leave it empty and share {@code hmacSecret} with the services instead.
 *
 * @param jwkSetUri  JWKS endpoint of the IdP; when set, the HMAC secret is ignored
 * @param hmacSecret HS256 key, at least 32 bytes as RFC 7518 requires
 */
@ConfigurationProperties("mentorat.security")
public record SecurityProperties(URI jwkSetUri, String hmacSecret) {

    private static final int MIN_HMAC_BYTES = 32;

    public SecurityProperties {
        // Fail at startup rather than on the first request: a short key would make Nimbus reject
        // every token, which looks like a client problem from the outside.
        if (!isSet(jwkSetUri) && (hmacSecret == null
                || hmacSecret.getBytes(StandardCharsets.UTF_8).length < MIN_HMAC_BYTES)) {
            throw new IllegalArgumentException(
                    "mentorat.security.hmac-secret must be at least 32 bytes when no jwk-set-uri is set");
        }
    }

    public boolean usesJwkSet() {
        return isSet(jwkSetUri);
    }

    // An empty MENTORAT_JWK_SET_URI must count as "not set", whichever way the binder maps it.
    private static boolean isSet(URI uri) {
        return uri != null && StringUtils.hasText(uri.toString());
    }

    public SecretKey hmacKey() {
        return new SecretKeySpec(hmacSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }
}
