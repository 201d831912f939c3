package org.mentorat.gateway.ratelimit;

import org.mentorat.gateway.security.MentoratClaims;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Rate-limit key = the caller's tenant, taken from the validated JWT (never from a header). */
class TenantKeyResolver implements KeyResolver {

    static final String ANONYMOUS = "anonymous";

    @Override
    public Mono<String> resolve(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .ofType(JwtAuthenticationToken.class)
                .mapNotNull(token -> token.getToken().getClaimAsString(MentoratClaims.TENANT))
                // the only anonymous routes (API documents, calendar feeds, one-click unsubscribes) share one bucket
                .switchIfEmpty(Mono.just(ANONYMOUS));
    }
}
