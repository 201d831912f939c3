package org.mentorat.security;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;

/**
 * The stable RFC 9457 problem types the gateway and the services' kit emit for security, limits
 * and availability. The URIs are part of the public contract: clients branch on them, so never
 * rename one. Statuses are plain ints so that this module needs no web stack.
 */
public enum ProblemType {
    INVALID_REQUEST("invalid-request", "Invalid request", 400),
    UNAUTHORIZED("unauthorized", "Authentication required", 401),
    FORBIDDEN("forbidden", "Access denied", 403),
    NOT_FOUND("not-found", "Resource not found", 404),
    PAYLOAD_TOO_LARGE("payload-too-large", "Request too large", 413),
    TOO_MANY_REQUESTS("too-many-requests", "Too many requests", 429),
    INTERNAL_ERROR("internal-error", "Internal error", 500),
    UPSTREAM_UNAVAILABLE("upstream-unavailable", "Service unavailable", 503),
    UPSTREAM_TIMEOUT("upstream-timeout", "Service timed out", 504);

    /** Prefix of every Mentorat problem type URI. */
    public static final String BASE = "https://mentorat.org/problems/";

    private final String slug;
    private final URI uri;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.slug = slug;
        this.uri = URI.create(BASE + slug);
        this.title = title;
        this.status = status;
    }

    public String slug() {
        return slug;
    }

    public URI uri() {
        return uri;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    public static Optional<ProblemType> forStatus(int status) {
        return Arrays.stream(values()).filter(type -> type.status == status).findFirst();
    }
}
