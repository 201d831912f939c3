package org.mentorat.gateway.problem;

/** One rejected field of a request body: {@code field} is a JSON path such as {@code roles[1]}. */
public record FieldError(String field, String message) {
}
