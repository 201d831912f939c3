package org.mentorat.platform.web;

/** One offending input field in a validation problem: a JSON path such as {@code roles[0]}. */
public record FieldError(String field, String message) {
}
