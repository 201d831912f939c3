package org.mentorat.gateway.problem;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;
import org.mentorat.security.ProblemType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Turns every error that escapes routing (no route, unreachable service, rate limit, bugs) into
 * problem+json. It replaces Boot's default handler, whose JSON shape is not RFC 9457 and which
 * could leak exception messages.
 */
@Component
@Order(-2)
class ProblemErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);

    private final ProblemWriter writer;

    ProblemErrorHandler(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        String path = exchange.getRequest().getPath().value();
        HttpStatusCode status = statusOf(error);
        if (status.value() == HttpStatus.INTERNAL_SERVER_ERROR.value()) {
            log.error("Request {} {} failed unexpectedly", exchange.getRequest().getMethod(), path, error);
        } else if (status.is5xxServerError()) {
            // An unreachable or slow service is an operational condition, not a bug: no stack trace.
            log.warn("Request {} {} failed with {}: {}", exchange.getRequest().getMethod(), path, status, error.toString());
        }
        return writer.write(exchange, problemFor(status, error, path));
    }

    private static HttpStatusCode statusOf(Throwable error) {
        if (error instanceof ResponseStatusException rse) {
            return rse.getStatusCode();
        }
        if (error instanceof HttpStatusCodeException hse) {
            return hse.getStatusCode();
        }
        // Spring Cloud Gateway's own exceptions (an open circuit's ServiceUnavailableException)
        // carry their status as an annotation, no longer as a ResponseStatusException.
        ResponseStatus annotated = AnnotatedElementUtils.findMergedAnnotation(error.getClass(), ResponseStatus.class);
        if (annotated != null) {
            return annotated.code();
        }
        // Refused connections and unresolvable service names both mean "the service is not there".
        if (hasCause(error, ConnectException.class) || hasCause(error, UnknownHostException.class)) {
            return HttpStatus.SERVICE_UNAVAILABLE;
        }
        if (hasCause(error, TimeoutException.class)) {
            return HttpStatus.GATEWAY_TIMEOUT;
        }
        // The service took the request and closed or reset the connection without a whole
        // answer: it may have acted on it, so this is not "unavailable, retry shortly".
        if (hasCause(error, IOException.class)) {
            return HttpStatus.BAD_GATEWAY;
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private static Problem problemFor(HttpStatusCode status, Throwable error, String path) {
        return ProblemType.forStatus(status.value())
                .map(type -> Problem.of(type, detailFor(type), path))
                .orElseGet(() -> Problem.generic(status, titleOf(status), clientReason(status, error), path));
    }

    private static String detailFor(ProblemType type) {
        return switch (type) {
            case NOT_FOUND -> "No API resource exists at this path.";
            case TOO_MANY_REQUESTS -> "You or your organisation have used up the request budget; "
                    + "retry after the number of seconds in Retry-After.";
            case PAYLOAD_TOO_LARGE -> "The request body is larger than this path accepts.";
            case UPSTREAM_UNAVAILABLE -> "The service behind this path is unavailable; retry shortly.";
            case UPSTREAM_TIMEOUT -> "The service behind this path did not answer in time.";
            case INVALID_REQUEST -> "The request could not be read.";
            default -> "The request could not be completed.";
        };
    }

    // Only 4xx reasons are written by Spring for the client (e.g. "Unsupported Media Type");
    // 5xx reasons may describe internals, so they are never echoed.
    private static String clientReason(HttpStatusCode status, Throwable error) {
        if (status.is4xxClientError() && error instanceof ResponseStatusException rse && rse.getReason() != null) {
            return rse.getReason();
        }
        return titleOf(status);
    }

    private static String titleOf(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known != null ? known.getReasonPhrase() : "HTTP " + status.value();
    }

    private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
