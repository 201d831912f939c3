package org.mentorat.gateway.security;

import java.util.Arrays;
import java.util.List;

/** The roles a Mentorat token may carry in its {@code roles} claim. */
public enum Role {
    PROGRAM_ADMIN, MENTOR, MENTEE, HR_INTEGRATION, OPS;

    public static boolean isKnown(String name) {
        return Arrays.stream(values()).anyMatch(role -> role.name().equals(name));
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(Role::name).toList();
    }
}
