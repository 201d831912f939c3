package org.mentorat.profile.scim;

import java.util.Arrays;
import java.util.List;
import org.mentorat.profile.people.Person;

/**
 * An {@code If-Match} precondition (RFC 9110 §13.1.1; RFC 7644 §3.14). SCIM versions are weak
 * entity tags, which clients send back as they got them, so tags compare weakly: {@code W/"3"}
 * and {@code "3"} both match version 3. Absent, it matches anything.
 */
record IfMatch(List<String> versions, boolean any) {

    static IfMatch of(String header) {
        if (header == null || header.isBlank()) {
            return new IfMatch(List.of(), true);
        }
        if (header.trim().equals("*")) {
            return new IfMatch(List.of(), true);
        }
        return new IfMatch(Arrays.stream(header.split(",")).map(IfMatch::opaque).toList(), false);
    }

    boolean given() {
        return !versions.isEmpty();
    }

    boolean matches(Person current) {
        return any || versions.contains(String.valueOf(current.version()));
    }

    void check(Person current) {
        if (!matches(current)) {
            throw ScimError.PRECONDITION_FAILED.exception("User " + current.id() + " is at version W/\""
                    + current.version() + "\", not " + String.join(", ", versions) + ".");
        }
    }

    private static String opaque(String tag) {
        String trimmed = tag.trim();
        if (trimmed.startsWith("W/")) {
            trimmed = trimmed.substring(2);
        }
        if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
            trimmed = trimmed.substring(1, trimmed.length() - 1);
        }
        return trimmed;
    }
}
