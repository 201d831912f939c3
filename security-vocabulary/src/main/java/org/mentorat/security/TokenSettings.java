package org.mentorat.security;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where bearer tokens come from, the same for the gateway and every service. Production names the
 * employer's IdP by {@code issuerUri} (OIDC discovery finds its JWKS, keys rotate without a
 * restart) or by {@code jwkSetUri}; local and dev runs leave both empty and share
 * {@code hmacSecret}. Checked at startup: a short key would make every token fail, which looks
 * like a client problem from the outside.
 *
 * @param issuerUri  OIDC issuer; its discovery document names the JWKS, and {@code iss} must equal it
 * @param jwkSetUri  JWKS endpoint of an IdP without discovery; ignored when {@code issuerUri} is set
 * @param hmacSecret HS256 key, at least 32 bytes (RFC 7518), used only when no IdP is named
 * @param audiences  accepted {@code aud} values; empty accepts any (the dev tokens carry none)
 */
@ConfigurationProperties("mentorat.security")
public record TokenSettings(URI issuerUri, URI jwkSetUri, String hmacSecret, List<String> audiences) {

    private static final int MIN_HMAC_BYTES = 32;

    public TokenSettings {
        issuerUri = blankToNull(issuerUri);
        jwkSetUri = blankToNull(jwkSetUri);
        audiences = audiences == null ? List.of()
                : audiences.stream().filter(audience -> audience != null && !audience.isBlank()).toList();
        if (issuerUri == null && jwkSetUri == null && (hmacSecret == null
                || hmacSecret.getBytes(StandardCharsets.UTF_8).length < MIN_HMAC_BYTES)) {
            throw new IllegalArgumentException("mentorat.security.hmac-secret must be at least 32 bytes "
                    + "when neither mentorat.security.issuer-uri nor jwk-set-uri is set");
        }
    }

    public KeySource keySource() {
        if (issuerUri != null) {
            return KeySource.ISSUER;
        }
        return jwkSetUri != null ? KeySource.JWK_SET : KeySource.HMAC;
    }

    public SecretKey hmacKey() {
        return new SecretKeySpec(hmacSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public boolean checksAudience() {
        return !audiences.isEmpty();
    }

    // An empty MENTORAT_ISSUER_URI must count as "not set", whichever way the binder maps it.
    private static URI blankToNull(URI uri) {
        return uri == null || uri.toString().isBlank() ? null : uri;
    }

    /** How signatures are checked. */
    public enum KeySource { ISSUER, JWK_SET, HMAC }
}
