package org.mentorat.platform.web;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;

/**
 * Every error as RFC 9457 problem+json with a stable {@code type}. Bad input is a 4xx naming the
 * fields at fault; only a genuine server fault is a 500, and it never shows a stack trace.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final String ERRORS = "errors";

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = exception.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
                .toList();
        return ResponseEntity.badRequest().body(validationProblem(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = exception.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldError(result.getMethodParameter().getParameterName(),
                                error.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(validationProblem(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (rootCause(exception) instanceof PayloadTooLargeException tooLarge) {
            return payloadTooLarge(tooLarge);
        }
        if (exception.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            String field = JsonPaths.of(databind.getPath());
            ProblemDetail problem = validationProblem(List.of(new FieldError(field,
                    "has the wrong type or format")));
            return ResponseEntity.badRequest().body(problem);
        }
        return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "malformed-request",
                "The request body is missing or is not valid JSON."));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException exception) {
        return ResponseEntity.badRequest().body(validationProblem(List.of(
                new FieldError(exception.getName(), "has the wrong type or format"))));
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<Object> invalid(InvalidRequestException exception) {
        return ResponseEntity.badRequest().body(validationProblem(exception.errors()));
    }

    @ExceptionHandler(PreconditionFailedException.class)
    ResponseEntity<Object> preconditionFailed(PreconditionFailedException exception) {
        return status(Problems.of(HttpStatus.PRECONDITION_FAILED, "precondition-failed", exception.getMessage()));
    }

    @ExceptionHandler(ResourceNotFoundException.class)
    ResponseEntity<Object> notFound(ResourceNotFoundException exception) {
        return status(Problems.of(HttpStatus.NOT_FOUND, "not-found", exception.getMessage()));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException exception) {
        return status(Problems.of(HttpStatus.CONFLICT, exception.type(), exception.getMessage()));
    }

    @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class, AuthorizationDeniedException.class})
    ResponseEntity<Object> forbidden(RuntimeException exception) {
        return status(Problems.of(HttpStatus.FORBIDDEN, "forbidden", exception.getMessage()));
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<Object> payloadTooLarge(PayloadTooLargeException exception) {
        return status(Problems.of(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", exception.getMessage()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception exception) {
        log.error("unexpected error", exception);
        return status(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "Something went wrong on our side; it has been logged."));
    }

    public static ProblemDetail validationProblem(List<FieldError> errors) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation",
                "The request has invalid fields.");
        problem.setTitle("Invalid request");
        problem.setProperty(ERRORS, errors.size() <= FieldError.MAX_PER_PROBLEM ? errors
                : errors.subList(0, FieldError.MAX_PER_PROBLEM));
        return problem;
    }

    private static ResponseEntity<Object> status(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    private static Throwable rootCause(Throwable throwable) {
        Throwable cause = throwable;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
