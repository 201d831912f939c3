package org.mentorat.gateway.security;

import java.time.Duration;
import java.util.List;
import org.mentorat.gateway.problem.Problem;
import org.mentorat.security.ProblemType;
import org.mentorat.gateway.problem.ProblemWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsProcessor;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * CORS in front of authentication, so that preflight requests (which never carry a token) are
 * answered. It does what Spring's {@code CorsWebFilter} does, except that a rejected origin gets
 * a problem+json 403 instead of an empty one.
 */
class ProblemCorsFilter implements WebFilter {

    /** Answered on every response by the tracing package's correlation filter. */
    private static final String REQUEST_ID = "X-Request-Id";

    private final CorsConfiguration configuration;
    private final CorsProcessor processor = new DefaultCorsProcessor();
    private final ProblemWriter writer;

    ProblemCorsFilter(CorsProperties properties, ProblemWriter writer) {
        this.configuration = configurationFor(properties);
        this.writer = writer;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!processor.process(configuration, exchange)) {
            String path = exchange.getRequest().getPath().value();
            return writer.write(exchange,
                    Problem.of(ProblemType.FORBIDDEN, "This origin may not call the Mentorat API.", path));
        }
        return CorsUtils.isPreFlightRequest(exchange.getRequest()) ? Mono.empty() : chain.filter(exchange);
    }

    private static CorsConfiguration configurationFor(CorsProperties properties) {
        CorsConfiguration config = new CorsConfiguration();
        config.setAllowedOrigins(properties.allowedOrigins());
        config.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
        config.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE));
        // A browser shows a script only the safelisted response headers and these: the request
        // id (for support requests), when to retry and the rate-limit budget.
        config.setExposedHeaders(List.of(HttpHeaders.LOCATION, REQUEST_ID, HttpHeaders.RETRY_AFTER,
                "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset"));
        config.setMaxAge(Duration.ofHours(1));
        return config;
    }
}
