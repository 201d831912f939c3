package org.mentorat.devstack;

/** The stack could not come up; the message says which part and shows the end of its log. */
final class StartupFailure extends Exception {

    StartupFailure(String message) {
        super(message);
    }

    StartupFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
