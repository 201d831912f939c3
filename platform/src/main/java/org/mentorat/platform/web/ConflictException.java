package org.mentorat.platform.web;

/** The request is valid but clashes with the current state (a duplicate, a lifecycle rule, a concurrent change). */
public class ConflictException extends RuntimeException {

    private final String type;

    public ConflictException(String type, String message) {
        super(message);
        this.type = type;
    }

    public String type() {
        return type;
    }
}
