package org.mentorat.gateway.requestsize;

import java.util.concurrent.atomic.AtomicLong;
import org.mentorat.gateway.problem.Problem;
import org.mentorat.gateway.problem.ProblemWriter;
import org.mentorat.security.ProblemType;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses bodies over the limit with 413 problem+json, before authentication so that nobody can
 * make the gateway read a huge body. A declared {@code Content-Length} is refused at once; a
 * chunked body is counted as it streams and cut off when it passes the limit.
 */
@Component
@Order(-200)
class RequestSizeLimitFilter implements WebFilter {

    private final RequestSizeProperties properties;
    private final ProblemWriter writer;

    RequestSizeLimitFilter(RequestSizeProperties properties, ProblemWriter writer) {
        this.properties = properties;
        this.writer = writer;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        long limit = properties.limitFor(request.getPath().pathWithinApplication().value());
        if (request.getHeaders().getContentLength() > limit) {
            return writer.write(exchange, Problem.of(ProblemType.PAYLOAD_TOO_LARGE,
                    "The request body may be at most " + limit + " bytes on this path.", request.getPath().value()));
        }
        return chain.filter(exchange.mutate().request(new Counted(request, limit)).build());
    }

    /** The request with a body that fails once more than {@code limit} bytes have arrived. */
    private static final class Counted extends ServerHttpRequestDecorator {

        private final long limit;

        Counted(ServerHttpRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public Flux<DataBuffer> getBody() {
            AtomicLong seen = new AtomicLong();
            return super.getBody().handle((buffer, sink) -> {
                if (seen.addAndGet(buffer.readableByteCount()) > limit) {
                    DataBufferUtils.release(buffer);
                    sink.error(new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE));
                } else {
                    sink.next(buffer);
                }
            });
        }
    }
}
