package org.mentorat.platform.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.Map;
import org.mentorat.platform.security.Caller;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * The service's OpenAPI 3.1 document ({@code /v3/api-docs}) as every Mentorat service describes
: bearer JWT on every operation, one relative server (the gateway serves the same paths),
 * the shared error answers and headers ({@link CommonResponses}, {@link ErrorAnswer}), the bounds
 * of ids ({@link IdentifierBounds}) and those that follow from formats ({@link FormatBounds}). The
 * conventions are written down in docs/api-conventions.md.
 */
@AutoConfiguration
@ConditionalOnClass(OpenAPI.class)
class OpenApiConfiguration {

    static final String BEARER = "bearer";

    static {
        // The caller is resolved from the bearer token, not sent as a parameter.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    @Bean
    OpenAPI serviceApi(@Value("${spring.application.name}") String applicationName) {
        return new OpenAPI()
                .info(new Info().title("Mentorat " + applicationName).version("v1")
                        .description("The " + applicationName + " API of Mentorat, as clients reach it through the "
                                + "gateway. Errors are RFC 9457 application/problem+json; the gateway limits the "
                                + "request rate per user and per tenant (429 with Retry-After)."))
                .addServersItem(new Server().url("/")
                        .description("production and every other environment: the gateway that serves this document")
                        .extensions(Map.of("x-internal", false)))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("A JWT access token from the tenant's identity provider (or the local dev "
                                + "token), validated by the gateway and the service as RFC8725 (JWT best current practices) recommends: "
                                + "signature, issuer, audience and expiry; claims carry the tenant and roles.")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @Bean
    OperationCustomizer errorAnswers() {
        return new ErrorAnswers();
    }

    @Bean
    OpenApiCustomizer commonResponses() {
        return new CommonResponses();
    }

    @Bean
    OpenApiCustomizer identifierBounds() {
        return new IdentifierBounds();
    }

    @Bean
    OpenApiCustomizer formatBounds() {
        return new FormatBounds();
    }
}
