package org.mentorat.platform.web;

/**
 * One offending input field in a validation problem: a JSON path such as {@code roles[0]}. Both
 * parts are cut to the lengths the API documents promise ({@code FieldError} schema), however
 * long the path or message of a hostile body.
 */
public record FieldError(String field, String message) {

    public static final int MAX_FIELD_LENGTH = 500;
    public static final int MAX_MESSAGE_LENGTH = 500;
    /** A validation problem names at most this many fields; the rest are left out. */
    public static final int MAX_PER_PROBLEM = 100;

    public FieldError {
        field = cut(field, MAX_FIELD_LENGTH);
        message = cut(message, MAX_MESSAGE_LENGTH);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
