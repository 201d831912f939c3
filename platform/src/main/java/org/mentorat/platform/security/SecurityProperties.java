package org.mentorat.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param jwkSetUri the employer IdP's key set; when set, tokens are verified against it
 * @param hmacSecret the shared HS256 key used locally and in development when no JWKS is set
 */
@ConfigurationProperties("mentorat.security")
record SecurityProperties(String jwkSetUri, String hmacSecret) {

    boolean usesJwkSet() {
        return jwkSetUri != null && !jwkSetUri.isBlank();
    }
}
