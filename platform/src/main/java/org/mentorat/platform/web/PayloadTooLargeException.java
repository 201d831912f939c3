package org.mentorat.platform.web;

/** The request body exceeds the configured maximum. */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(long maxBytes) {
        super("The request body exceeds " + maxBytes + " bytes.");
    }
}
