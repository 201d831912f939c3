package org.mentorat.gateway.security;

/** Names of the JWT claims every Mentorat token carries, shared by the issuer and the checks. */
public final class MentoratClaims {

    public static final String TENANT = "tenant";
    public static final String ROLES = "roles";

    private MentoratClaims() {
    }
}
