package org.mentorat.platform.web;

/** An {@code If-Match} that names another version than the current one (RFC 9110 §13.1.1). */
public class PreconditionFailedException extends RuntimeException {

    public PreconditionFailedException(String message) {
        super(message);
    }
}
