package org.mentorat.platform.web;

import java.util.List;

/** Input that failed validation outside Spring's argument binding (a merged patch, a CSV row). */
public class InvalidRequestException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidRequestException(List<FieldError> errors) {
        super("The request has invalid fields: " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
