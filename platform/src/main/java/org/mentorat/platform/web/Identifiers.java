package org.mentorat.platform.web;

/**
 * Ids in paths, bodies and answers: opaque strings the services mint (UUIDs, event ids) or take
 * from the identity provider (a person's id is their token subject). The API documents and the
 * validation of path parameters and bodies use the same bound: {@code @Size(max = Identifiers.MAX_LENGTH)}.
 */
public final class Identifiers {

    public static final int MAX_LENGTH = 128;

    private Identifiers() {
    }
}
