package org.mentorat.gateway.problem;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.HttpStatus;

/**
 * The stable problem types the gateway emits. The URIs are part of the public contract: clients
 * may branch on them, so never rename one.
 */
public enum ProblemType {
    INVALID_REQUEST("invalid-request", "Invalid request", HttpStatus.BAD_REQUEST),
    UNAUTHORIZED("unauthorized", "Authentication required", HttpStatus.UNAUTHORIZED),
    FORBIDDEN("forbidden", "Access denied", HttpStatus.FORBIDDEN),
    NOT_FOUND("not-found", "Resource not found", HttpStatus.NOT_FOUND),
    TOO_MANY_REQUESTS("too-many-requests", "Too many requests", HttpStatus.TOO_MANY_REQUESTS),
    INTERNAL_ERROR("internal-error", "Internal error", HttpStatus.INTERNAL_SERVER_ERROR),
    UPSTREAM_UNAVAILABLE("upstream-unavailable", "Service unavailable", HttpStatus.SERVICE_UNAVAILABLE),
    UPSTREAM_TIMEOUT("upstream-timeout", "Service timed out", HttpStatus.GATEWAY_TIMEOUT);

    private static final String BASE = "https://mentorat.org/problems/";

    private final URI uri;
    private final String title;
    private final HttpStatus status;

    ProblemType(String slug, String title, HttpStatus status) {
        this.uri = URI.create(BASE + slug);
        this.title = title;
        this.status = status;
    }

    public URI uri() {
        return uri;
    }

    public String title() {
        return title;
    }

    public HttpStatus status() {
        return status;
    }

    public static Optional<ProblemType> forStatus(int status) {
        return Arrays.stream(values()).filter(type -> type.status.value() == status).findFirst();
    }
}
