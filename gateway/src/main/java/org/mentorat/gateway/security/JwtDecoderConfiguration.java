package org.mentorat.gateway.security;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.util.StringUtils;
import reactor.core.publisher.Mono;

/**
 * How a bearer token is checked: signature (JWKS or HMAC), expiry, and the claims every service
 * relies on. A token without {@code tenant} is rejected here because tenancy comes only from
 * the JWT; letting it through would leave the services to guess.
 */
@Configuration(proxyBeanMethods = false)
class JwtDecoderConfiguration {

    @Bean
    ReactiveJwtDecoder jwtDecoder(SecurityProperties properties) {
        NimbusReactiveJwtDecoder decoder = properties.usesJwkSet()
                ? NimbusReactiveJwtDecoder.withJwkSetUri(properties.jwkSetUri().toString()).build()
                : NimbusReactiveJwtDecoder.withSecretKey(properties.hmacKey())
                        .macAlgorithm(MacAlgorithm.HS256)
                        .build();
        decoder.setJwtValidator(mentoratTokenValidator());
        return decoder;
    }

    static OAuth2TokenValidator<Jwt> mentoratTokenValidator() {
        List<OAuth2TokenValidator<Jwt>> required = List.of(
                JwtValidators.createDefault(),
                new JwtClaimValidator<>(JwtClaimNames.SUB, JwtDecoderConfiguration::isNonBlankText),
                new JwtClaimValidator<>(MentoratClaims.TENANT, JwtDecoderConfiguration::isNonBlankText));
        return new DelegatingOAuth2TokenValidator<>(required);
    }

    // Typed as Object: a numeric or array "tenant" must be rejected, not fail with a cast error.
    private static boolean isNonBlankText(Object claim) {
        return claim instanceof String text && StringUtils.hasText(text);
    }

    /** Maps {@code roles: ["MENTOR"]} to the authority {@code ROLE_MENTOR}. */
    @Bean
    Converter<Jwt, Mono<AbstractAuthenticationToken>> jwtAuthenticationConverter() {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName(MentoratClaims.ROLES);
        authorities.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return new ReactiveJwtAuthenticationConverterAdapter(converter);
    }
}
