package org.mentorat.security;

/** Names of the JWT claims Mentorat relies on besides the registered ones ({@code sub}, {@code aud}, ...). */
public final class TokenClaims {

    /** The caller's organisation; the only source of a request's tenant. */
    public static final String TENANT = "tenant";

    /** The caller's {@link Role}s, a JSON array of role names. */
    public static final String ROLES = "roles";

    private TokenClaims() {
    }
}
