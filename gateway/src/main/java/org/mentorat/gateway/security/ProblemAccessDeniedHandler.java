package org.mentorat.gateway.security;

import org.mentorat.gateway.problem.Problem;
import org.mentorat.security.ProblemType;
import org.mentorat.gateway.problem.ProblemWriter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Answers 403 with a problem+json body instead of Spring's plain-text "Access Denied". */
class ProblemAccessDeniedHandler implements ServerAccessDeniedHandler {

    private final ProblemWriter writer;

    ProblemAccessDeniedHandler(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        String path = exchange.getRequest().getPath().value();
        Problem problem = Problem.of(ProblemType.FORBIDDEN, "Your roles do not allow this request.", path);
        return writer.write(exchange, problem);
    }
}
