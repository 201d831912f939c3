package org.mentorat.profile.scim;

import org.springframework.http.HttpStatus;

/**
 * A request SCIM clients must be told about with an RFC 7644 §3.12 error: an HTTP status and,
 * for 400s and 409s, the {@code scimType} keyword a client can act on.
 */
final class ScimException extends RuntimeException {

    private final HttpStatus status;
    private final String scimType;

    private ScimException(HttpStatus status, String scimType, String detail) {
        super(detail);
        this.status = status;
        this.scimType = scimType;
    }

    HttpStatus status() {
        return status;
    }

    /** Null when the status says it all (404, 412…). */
    String scimType() {
        return scimType;
    }

    static ScimException invalidSyntax(String detail) {
        return new ScimException(HttpStatus.BAD_REQUEST, "invalidSyntax", detail);
    }

    static ScimException invalidValue(String detail) {
        return new ScimException(HttpStatus.BAD_REQUEST, "invalidValue", detail);
    }

    static ScimException invalidFilter(String detail) {
        return new ScimException(HttpStatus.BAD_REQUEST, "invalidFilter", detail);
    }

    static ScimException invalidPath(String detail) {
        return new ScimException(HttpStatus.BAD_REQUEST, "invalidPath", detail);
    }

    static ScimException noTarget(String detail) {
        return new ScimException(HttpStatus.BAD_REQUEST, "noTarget", detail);
    }

    static ScimException mutability(String detail) {
        return new ScimException(HttpStatus.BAD_REQUEST, "mutability", detail);
    }

    static ScimException uniqueness(String detail) {
        return new ScimException(HttpStatus.CONFLICT, "uniqueness", detail);
    }

    static ScimException notFound(String detail) {
        return new ScimException(HttpStatus.NOT_FOUND, null, detail);
    }

    static ScimException preconditionFailed(String detail) {
        return new ScimException(HttpStatus.PRECONDITION_FAILED, null, detail);
    }

    static ScimException forbidden(String detail) {
        return new ScimException(HttpStatus.FORBIDDEN, null, detail);
    }

    static ScimException unsupportedMediaType(String detail) {
        return new ScimException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, null, detail);
    }
}
