package org.mentorat.platform.security;

import java.util.ArrayList;
import java.util.List;
import org.mentorat.security.Role;
import org.mentorat.security.TokenClaims;
import org.mentorat.security.TokenSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every service is an OAuth2 resource server (defence in depth behind the gateway): a bearer JWT
 * with a {@code tenant} claim is required on the API; {@code roles} become {@code ROLE_*}
 * authorities; failures are answered with problem+json.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration"})
@EnableConfigurationProperties(TokenSettings.class)
@EnableMethodSecurity
class ResourceServerConfiguration {

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, JsonMapper json, ObjectProvider<EndpointRules> rules)
            throws Exception {
        ProblemSecurityResponses problems = new ProblemSecurityResponses(json);
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(EndpointRequest.toAnyEndpoint()).permitAll()
                            .requestMatchers("/error", "/v3/api-docs/**").permitAll();
                    rules.orderedStream().forEach(rule -> rule.configure(requests));
                    requests.anyRequest().authenticated();
                })
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesFromClaim()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems));
        return http.build();
    }

    /** The same key sources and checks as the gateway: issuer (OIDC discovery, rotating JWKS), JWKS or HMAC. */
    @Bean
    JwtDecoder jwtDecoder(TokenSettings settings) {
        NimbusJwtDecoder decoder = switch (settings.keySource()) {
            case ISSUER -> NimbusJwtDecoder.withIssuerLocation(settings.issuerUri().toString()).build();
            case JWK_SET -> NimbusJwtDecoder.withJwkSetUri(settings.jwkSetUri().toString()).build();
            case HMAC -> NimbusJwtDecoder.withSecretKey(settings.hmacKey()).macAlgorithm(MacAlgorithm.HS256).build();
        };
        List<OAuth2TokenValidator<Jwt>> checks = new ArrayList<>();
        checks.add(settings.issuerUri() != null
                ? JwtValidators.createDefaultWithIssuer(settings.issuerUri().toString())
                : JwtValidators.createDefault());
        checks.add(tenantRequired());
        if (settings.checksAudience()) {
            checks.add(new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                    audience -> audience != null && audience.stream().anyMatch(settings.audiences()::contains)));
        }
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(checks));
        return decoder;
    }

    @Bean
    WebMvcConfigurer callerArguments() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver());
            }
        };
    }

    private static OAuth2TokenValidator<Jwt> tenantRequired() {
        return new JwtClaimValidator<String>(TokenClaims.TENANT, tenant -> tenant != null && !tenant.isBlank());
    }

    private static JwtAuthenticationConverter rolesFromClaim() {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName(TokenClaims.ROLES);
        authorities.setAuthorityPrefix(Role.authorityPrefix());
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return converter;
    }
}
