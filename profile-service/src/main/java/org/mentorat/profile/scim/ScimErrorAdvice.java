package org.mentorat.profile.scim;

import jakarta.servlet.http.HttpServletRequest;
import org.mentorat.platform.web.PayloadTooLargeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.databind.JsonNode;

/**
 * SCIM controllers answer errors as RFC 7644 §3.12 bodies, not problem+json. Scoped to them and
 * ordered like the platform's advice; Spring then keeps registration order, and scanned beans
 * are registered before auto-configured ones, so this one is asked first (the ITs check it).
 */
@RestControllerAdvice(assignableTypes = {ScimUsersController.class, ScimDiscoveryController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class ScimErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(ScimErrorAdvice.class);

    @ExceptionHandler(ScimException.class)
    ResponseEntity<JsonNode> scim(ScimException exception, HttpServletRequest request) {
        return ScimHttp.error(request, exception.status(), exception.scimType(), exception.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<JsonNode> unreadable(HttpMessageNotReadableException exception, HttpServletRequest request) {
        if (rootCause(exception) instanceof PayloadTooLargeException tooLarge) {
            return tooLarge(tooLarge, request);
        }
        return ScimHttp.error(request, HttpStatus.BAD_REQUEST, "invalidSyntax", "The request body could not be read.");
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<JsonNode> tooLarge(PayloadTooLargeException exception, HttpServletRequest request) {
        return ScimHttp.error(request, HttpStatus.CONTENT_TOO_LARGE, null, exception.getMessage());
    }

    @ExceptionHandler(ServletRequestBindingException.class)
    ResponseEntity<JsonNode> badRequest(ServletRequestBindingException exception, HttpServletRequest request) {
        return ScimHttp.error(request, HttpStatus.BAD_REQUEST, "invalidValue", exception.getMessage());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<JsonNode> methodNotAllowed(HttpRequestMethodNotSupportedException exception,
            HttpServletRequest request) {
        return ScimHttp.error(request, HttpStatus.METHOD_NOT_ALLOWED, null, exception.getMessage());
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ResponseEntity<JsonNode> forbidden(RuntimeException exception, HttpServletRequest request) {
        return ScimHttp.error(request, HttpStatus.FORBIDDEN, null, "Your roles do not allow this operation.");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<JsonNode> unexpected(Exception exception, HttpServletRequest request) {
        log.error("unexpected error in a SCIM request", exception);
        return ScimHttp.error(request, HttpStatus.INTERNAL_SERVER_ERROR, null,
                "Something went wrong on our side; it has been logged.");
    }

    private static Throwable rootCause(Throwable throwable) {
        Throwable cause = throwable;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
