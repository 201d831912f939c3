package org.mentorat.platform.security;

/** JWT claims Mentorat relies on besides {@code sub}. */
final class TokenClaims {

    public static final String TENANT = "tenant";
    public static final String ROLES = "roles";

    private TokenClaims() {
    }
}
