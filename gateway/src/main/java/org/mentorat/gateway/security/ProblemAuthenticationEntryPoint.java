package org.mentorat.gateway.security;

import org.mentorat.gateway.problem.Problem;
import org.mentorat.security.ProblemType;
import org.mentorat.gateway.problem.ProblemWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Answers 401 with a problem+json body and the RFC 6750 {@code WWW-Authenticate} challenge.
 * Spring's own bearer entry point sends an empty body, which clients cannot show to a person.
 */
class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

    private final ProblemWriter writer;

    ProblemAuthenticationEntryPoint(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        boolean tokenRejected = failure instanceof OAuth2AuthenticationException;
        String challenge = tokenRejected ? "Bearer error=\"invalid_token\"" : "Bearer";
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, challenge);
        String detail = tokenRejected
                ? "The bearer token was rejected: " + reason((OAuth2AuthenticationException) failure)
                : "A bearer token is required.";
        String path = exchange.getRequest().getPath().value();
        return writer.write(exchange, Problem.of(ProblemType.UNAUTHORIZED, detail, path));
    }

    // The OAuth2 error description says which check failed (signature, expiry, missing claim)
    // without exposing the token or keys; it is what Spring puts in WWW-Authenticate too.
    private static String reason(OAuth2AuthenticationException failure) {
        String description = failure.getError().getDescription();
        return description != null ? description : failure.getError().getErrorCode();
    }
}
