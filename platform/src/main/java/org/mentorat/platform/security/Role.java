package org.mentorat.platform.security;

/** The roles a token may carry in its {@code roles} claim. */
public enum Role {
    PROGRAM_ADMIN, MENTOR, MENTEE, HR_INTEGRATION, OPS;

    public String authority() {
        return "ROLE_" + name();
    }
}
