package org.mentorat.gateway.routing;

import java.util.List;
import java.util.Locale;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Removes client-sent headers that claim an identity or a tenant ({@code X-Tenant-Id},
 * {@code X-User-Id}, ...) before a request is routed. Tenancy comes only from the JWT; stripping
 * these means no service, proxy or log pipeline can ever be fooled by one.
 */
@Component
class IdentityHeaderFilter implements GlobalFilter, Ordered {

    private static final List<String> SPOOFABLE_PREFIXES = List.of("x-user", "x-role", "x-mentorat-");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        List<String> spoofable = request.getHeaders().headerNames().stream()
                .filter(IdentityHeaderFilter::isIdentityHeader)
                .toList();
        if (spoofable.isEmpty()) {
            return chain.filter(exchange);
        }
        ServerHttpRequest cleaned = request.mutate()
                .headers(headers -> spoofable.forEach(headers::remove))
                .build();
        return chain.filter(exchange.mutate().request(cleaned).build());
    }

    static boolean isIdentityHeader(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.contains("tenant") || SPOOFABLE_PREFIXES.stream().anyMatch(lower::startsWith);
    }

    // Run first, so that no other filter (rate limiting, logging) sees a spoofed header.
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
