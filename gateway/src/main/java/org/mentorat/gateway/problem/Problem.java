package org.mentorat.gateway.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.mentorat.security.ProblemType;
import org.springframework.http.HttpStatusCode;

/**
 * An RFC 9457 problem document, the only error body the gateway ever writes.
 *
 * <p>{@code errors} is an extension member, present only when a request body was rejected, so
 * that a client can point at the offending fields.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance,
        List<FieldError> errors) {

    private static final URI ABOUT_BLANK = URI.create("about:blank");

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static Problem of(ProblemType type, String detail, String instance) {
        return new Problem(type.uri(), type.title(), type.status(), detail, instance, List.of());
    }

    /** A problem for a status that has no Mentorat-specific type; RFC 9457 says use about:blank. */
    public static Problem generic(HttpStatusCode status, String title, String detail, String instance) {
        return new Problem(ABOUT_BLANK, title, status.value(), detail, instance, List.of());
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, fieldErrors);
    }
}
