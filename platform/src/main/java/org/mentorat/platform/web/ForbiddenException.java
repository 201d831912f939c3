package org.mentorat.platform.web;

/** The caller is authenticated but may not see or change this resource (another participant's). */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
