package org.mentorat.gateway.security;

import java.util.ArrayList;
import java.util.List;
import org.mentorat.security.Role;
import org.mentorat.security.TokenClaims;
import org.mentorat.security.TokenSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
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
 * How a bearer token is checked: signature (the IdP's rotating JWKS, found by OIDC discovery from
 * the issuer, or a fixed JWKS URI, or the dev HMAC key), {@code exp}/{@code nbf}, issuer and
 * audience when configured, and the claims every service relies on. Nimbus refuses
 * {@code alg: none} and any algorithm other than the key source's. A token without
 * {@code tenant} is rejected because tenancy comes only from the JWT.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TokenSettings.class)
class JwtDecoderConfiguration {

    @Bean
    ReactiveJwtDecoder jwtDecoder(TokenSettings properties) {
        // Discovery and the key set are fetched on the first token, not at startup, so the
        // gateway starts while the IdP is down; an unknown "kid" refetches the set (rotation).
        NimbusReactiveJwtDecoder decoder = switch (properties.keySource()) {
            case ISSUER -> NimbusReactiveJwtDecoder.withIssuerLocation(properties.issuerUri().toString()).build();
            case JWK_SET -> NimbusReactiveJwtDecoder.withJwkSetUri(properties.jwkSetUri().toString()).build();
            case HMAC -> NimbusReactiveJwtDecoder.withSecretKey(properties.hmacKey())
                    .macAlgorithm(MacAlgorithm.HS256)
                    .build();
        };
        decoder.setJwtValidator(mentoratTokenValidator(properties));
        return decoder;
    }

    static OAuth2TokenValidator<Jwt> mentoratTokenValidator(TokenSettings properties) {
        List<OAuth2TokenValidator<Jwt>> required = new ArrayList<>();
        required.add(properties.issuerUri() != null
                ? JwtValidators.createDefaultWithIssuer(properties.issuerUri().toString())
                : JwtValidators.createDefault());
        required.add(new JwtClaimValidator<>(JwtClaimNames.SUB, JwtDecoderConfiguration::isNonBlankText));
        required.add(new JwtClaimValidator<>(TokenClaims.TENANT, JwtDecoderConfiguration::isNonBlankText));
        if (properties.checksAudience()) {
            required.add(new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                    audience -> audience != null && audience.stream().anyMatch(properties.audiences()::contains)));
        }
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
        authorities.setAuthoritiesClaimName(TokenClaims.ROLES);
        authorities.setAuthorityPrefix(Role.authorityPrefix());
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return new ReactiveJwtAuthenticationConverterAdapter(converter);
    }
}
