package org.mentorat.platform.security;

import java.util.Set;
import org.mentorat.security.Role;

/**
 * Who is calling: their tenant (from the token's {@code tenant} claim, never from a header or
 * body), their subject (a person id for participants, a client id for integrations) and roles.
 */
public record Caller(String tenantId, String subject, Set<Role> roles) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return has(Role.PROGRAM_ADMIN);
    }

    /** Participants see their own data only; administrators see their whole tenant. */
    public boolean mayActFor(String personId) {
        return isAdmin() || subject.equals(personId);
    }
}
