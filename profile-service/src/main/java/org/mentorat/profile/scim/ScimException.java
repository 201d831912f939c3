package org.mentorat.profile.scim;

import org.springframework.http.HttpStatus;

/** A request SCIM clients must be told about with an RFC 7644 §3.12 error (see {@link ScimError}). */
final class ScimException extends RuntimeException {

    private final ScimError error;

    ScimException(ScimError error, String detail) {
        super(detail);
        this.error = error;
    }

    HttpStatus status() {
        return error.status;
    }

    /** Null when the status says it all (404, 412…). */
    String scimType() {
        return error.scimType;
    }
}
