package org.mentorat.gateway.ratelimit;

import org.mentorat.security.TokenClaims;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Rate-limit key = the caller's tenant and subject, from the validated JWT (never from a header). */
class CallerKeyResolver implements KeyResolver {

    @Override
    public Mono<String> resolve(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .ofType(JwtAuthenticationToken.class)
                .mapNotNull(token -> CallerKey.of(
                        token.getToken().getClaimAsString(TokenClaims.TENANT), token.getToken().getSubject()))
                // the only anonymous routes (API documents, calendar feeds, one-click unsubscribes) share one budget
                .switchIfEmpty(Mono.just(CallerKey.ANONYMOUS.encoded()));
    }
}
