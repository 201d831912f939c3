package org.mentorat.platform.openapi;

/**
 * The error answers described once under {@code components/responses} and referred to by the
 * operations. Which of them an operation lists is {@link CommonResponses}' choice; a controller
 * declares the others it answers (409, 412) with {@link ErrorAnswer}.
 */
enum ErrorResponse {

    BAD_REQUEST("400", "BadRequest", "Malformed JSON, or fields that break the documented bounds; a "
            + "validation problem (`type` …/validation) names each field at fault in `errors`."),
    UNAUTHORIZED("401", "Unauthorized", "No bearer token, or one that is expired, not yet valid, wrongly "
            + "signed or without a tenant."),
    FORBIDDEN("403", "Forbidden", "The caller's roles do not allow this operation, or the resource is "
            + "someone else's."),
    NOT_FOUND("404", "NotFound", "No such resource in the caller's tenant (or no such path)."),
    CONFLICT("409", "Conflict", "The resource is not in a state that allows this; `type` says which rule."),
    PRECONDITION_FAILED("412", "PreconditionFailed", "`If-Match` does not name the current version: read "
            + "the resource again and retry."),
    CONTENT_TOO_LARGE("413", "ContentTooLarge", "The request body is larger than the service reads."),
    TOO_MANY_REQUESTS("429", "TooManyRequests", "The caller's or the tenant's request budget is spent; "
            + "answered by the gateway. Retry after `Retry-After` seconds."),
    INTERNAL_ERROR("500", "InternalError", "A fault on our side; it has been logged. The problem never "
            + "shows internals."),
    SERVICE_UNAVAILABLE("503", "ServiceUnavailable", "The service is down or overloaded; answered by the "
            + "gateway's circuit breaker. Retry later.");

    private final String status;
    private final String component;
    private final String description;

    ErrorResponse(String status, String component, String description) {
        this.status = status;
        this.component = component;
        this.description = description;
    }

    String status() {
        return status;
    }

    String component() {
        return component;
    }

    String description() {
        return description;
    }

    String ref() {
        return "#/components/responses/" + component;
    }

    static java.util.Optional<ErrorResponse> of(String status) {
        for (ErrorResponse response : values()) {
            if (response.status.equals(status)) {
                return java.util.Optional.of(response);
            }
        }
        return java.util.Optional.empty();
    }
}
