package org.mentorat.platform.events;

/**
 * A record that can never be processed (missing CloudEvents attributes, unreadable data).
 * Not retried: it goes straight to the dead-letter topic so the partition moves on.
 */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message) {
        super(message);
    }

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
