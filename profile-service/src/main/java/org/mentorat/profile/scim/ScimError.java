package org.mentorat.profile.scim;

import org.springframework.http.HttpStatus;

/**
 * The RFC 7644 §3.12 errors Mentorat answers: an HTTP status and, for 400s and 409s, the
 * {@code scimType} keyword a client can act on (null when the status says it all).
 */
enum ScimError {
    INVALID_SYNTAX(HttpStatus.BAD_REQUEST, "invalidSyntax"),
    INVALID_VALUE(HttpStatus.BAD_REQUEST, "invalidValue"),
    INVALID_FILTER(HttpStatus.BAD_REQUEST, "invalidFilter"),
    INVALID_PATH(HttpStatus.BAD_REQUEST, "invalidPath"),
    NO_TARGET(HttpStatus.BAD_REQUEST, "noTarget"),
    MUTABILITY(HttpStatus.BAD_REQUEST, "mutability"),
    UNIQUENESS(HttpStatus.CONFLICT, "uniqueness"),
    NOT_FOUND(HttpStatus.NOT_FOUND, null),
    PRECONDITION_FAILED(HttpStatus.PRECONDITION_FAILED, null),
    FORBIDDEN(HttpStatus.FORBIDDEN, null),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, null);

    final HttpStatus status;
    final String scimType;

    ScimError(HttpStatus status, String scimType) {
        this.status = status;
        this.scimType = scimType;
    }

    ScimException exception(String detail) {
        return new ScimException(this, detail);
    }
}
