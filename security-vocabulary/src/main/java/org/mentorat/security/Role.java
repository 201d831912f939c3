package org.mentorat.security;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The roles a Mentorat token may carry in its {@code roles} claim. */
public enum Role {
    PROGRAM_ADMIN, MENTOR, MENTEE, HR_INTEGRATION, OPS;

    private static final String AUTHORITY_PREFIX = "ROLE_";

    /** The Spring Security authority a token with this role is granted, e.g. {@code ROLE_MENTOR}. */
    public String authority() {
        return AUTHORITY_PREFIX + name();
    }

    public static String authorityPrefix() {
        return AUTHORITY_PREFIX;
    }

    /** Unknown names (a role of another product in the same IdP) are ignored, never an error. */
    public static Optional<Role> of(String name) {
        return Arrays.stream(values()).filter(role -> role.name().equals(name)).findFirst();
    }

    public static boolean isKnown(String name) {
        return of(name).isPresent();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(Role::name).toList();
    }
}
