package org.mentorat.gateway.security;

import org.mentorat.gateway.problem.ProblemWriter;
import org.springframework.boot.security.autoconfigure.actuate.web.reactive.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import reactor.core.publisher.Mono;

/**
 * Every request on the public port needs a valid bearer token, except the dev token endpoint in
 * the dev profile, the OpenAPI documents, the personal calendar feeds (GET only) and the one-click
 * unsubscribe of emails (POST only) and the Swagger UI. Route-level role rules
 * ({@link RouteAccessProperties}) then refuse callers who lack the role a path family needs.
 * The gateway is stateless (no session, no CSRF): the token travels on every call and is relayed
 * unchanged so that each service can validate it again.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

    private static final String OPENAPI_PATHS = "/openapi/*";

    /** The one Swagger UI and the configuration it loads; the documents themselves are under /openapi. */
    private static final String[] SWAGGER_UI_PATHS = {
        "/swagger-ui.html", "/swagger-ui/**", "/webjars/swagger-ui/**", "/v3/api-docs/swagger-config"};

    /** Personal calendar feeds: calendar apps send no bearer; session-service checks the path's token. */
    private static final String CALENDAR_FEEDS = "/api/v1/calendar/*.ics";

    /** RFC 8058 one-click unsubscribe: mail clients post it with no bearer; notification-service checks the signed token. */
    private static final String ONE_CLICK_UNSUBSCRIBE = "/api/v1/notification-preferences/unsubscribe/*";

    static final String DEV_TOKENS_PATH = "/dev/tokens";

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ProblemWriter writer,
            CorsProperties cors, RouteAccessProperties access, Environment environment,
            Converter<Jwt, Mono<AbstractAuthenticationToken>> jwtAuthenticationConverter) {
        var entryPoint = new ProblemAuthenticationEntryPoint(writer);
        var accessDenied = new ProblemAccessDeniedHandler(writer);
        // Only open the path when the endpoint exists, so a production gateway has no
        // anonymous surface at all.
        boolean devTokens = environment.acceptsProfiles(Profiles.of("dev"));
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .addFilterAt(new ProblemCorsFilter(cors, writer), SecurityWebFiltersOrder.CORS)
                .authorizeExchange(exchanges -> {
                    if (devTokens) {
                        exchanges.pathMatchers(HttpMethod.POST, DEV_TOKENS_PATH).permitAll();
                    }
                    // Actuator is only on the internal management port; probes and Prometheus
                    // scrape it without a token. This matcher never matches the public port.
                    exchanges.matchers(EndpointRequest.toAnyEndpoint()).permitAll();
                    // The services' OpenAPI documents describe the public contract; no data.
                    exchanges.pathMatchers(HttpMethod.GET, OPENAPI_PATHS).permitAll();
                    exchanges.pathMatchers(HttpMethod.GET, SWAGGER_UI_PATHS).permitAll();
                    exchanges.pathMatchers(HttpMethod.GET, CALENDAR_FEEDS).permitAll();
                    exchanges.pathMatchers(HttpMethod.POST, ONE_CLICK_UNSUBSCRIBE).permitAll();
                    access.rules().forEach(rule -> exchanges
                            .pathMatchers(rule.paths().toArray(String[]::new)).hasAnyRole(rule.roleNames()));
                    exchanges.anyExchange().authenticated();
                })
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(jwtAuthenticationConverter))
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied))
                .build();
    }
}
