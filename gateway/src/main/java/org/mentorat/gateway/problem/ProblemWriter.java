package org.mentorat.gateway.problem;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link Problem} straight to the response. Security filters, the CORS check, the rate
 * limiter and the error handler run outside any controller, so they cannot rely on message
 * converters.
 *
 * <p>The request is read to its end before the answer is written. An error answered before
 * anyone subscribed to the request left its end unread, and under bursts on keep-alive
 * connections Reactor Netty then, now and then, never dispatched the next request of that
 * connection: the client waited forever (the 4 in 20,000). Reading it is bounded by
 * the request size limit; a request refused for its size is answered with
 * {@code Connection: close} instead, so an oversized body is never read.
 */
@Component
public class ProblemWriter {

    private final JsonMapper jsonMapper;

    public ProblemWriter(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    public Mono<Void> write(ServerWebExchange exchange, Problem problem) {
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(HttpStatusCode.valueOf(problem.status()));
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        byte[] body = jsonMapper.writeValueAsBytes(problem);
        Mono<Void> answer = Mono.defer(() -> {
            DataBuffer buffer = response.bufferFactory().wrap(body);
            return response.writeWith(Mono.just(buffer));
        });
        if (problem.status() == HttpStatus.CONTENT_TOO_LARGE.value()) {
            response.getHeaders().set(HttpHeaders.CONNECTION, "close");
            return answer;
        }
        return exchange.getRequest().getBody()
                .doOnNext(DataBufferUtils::release)
                // a body already read (by the route) or a client gone: answer anyway
                .onErrorResume(ignored -> Mono.empty())
                .then(answer);
    }
}
