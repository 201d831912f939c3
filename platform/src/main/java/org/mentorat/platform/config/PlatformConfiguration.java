package org.mentorat.platform.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Set;
import org.mentorat.platform.consumer.ProcessedEventLedger;
import org.mentorat.platform.observability.KafkaHealthIndicator;
import org.mentorat.platform.observability.MongoPingHealthIndicator;
import org.mentorat.platform.web.ProblemDetailsAdvice;
import org.mentorat.platform.web.RequestSizeLimitFilter;
import org.mentorat.platform.web.RequestValidation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The service kit's wiring: database, outbox relay, idempotency ledger, health, web errors. */
@AutoConfiguration(afterName = {
        "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration",
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration"})
@Import(ProblemDetailsAdvice.class)
public class PlatformConfiguration {

    /**
     * MongoDB keeps dates to the millisecond: a clock that ticks in milliseconds makes the times
     * we answer and publish equal to the ones read back later.
     */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.tickMillis(ZoneOffset.UTC);
    }

    /** The service's own database, named in {@code spring.mongodb.uri} (one database per service). */
    @Bean
    MongoDatabase serviceDatabase(MongoClient client, MongoConnectionDetails connection,
            @Value("${spring.application.name}") String applicationName) {
        String database = connection.getConnectionString().getDatabase();
        return client.getDatabase(database != null ? database : applicationName);
    }

    @Bean
    ProcessedEventLedger processedEventLedger(MongoDatabase database, Clock clock) {
        return new ProcessedEventLedger(database, clock);
    }

    @Bean
    KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin kafkaAdmin) {
        return new KafkaHealthIndicator(kafkaAdmin);
    }

    @Bean
    RequestValidation requestValidation(JsonMapper json, jakarta.validation.Validator validator) {
        return new RequestValidation(json, validator);
    }

    /** The service's OpenAPI 3 document ({@code /v3/api-docs}): bearer JWT on every operation. */
    @Bean
    OpenAPI serviceApi(@Value("${spring.application.name}") String applicationName) {
        return new OpenAPI()
                .info(new Info().title("Mentorat " + applicationName).version("v1")
                        .description("Errors are RFC 9457 application/problem+json."))
                .components(new Components().addSecuritySchemes("bearer", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    /** Named so that it replaces Boot's {@code mongo} indicator. */
    @Bean
    MongoPingHealthIndicator mongoHealthIndicator(MongoDatabase database) {
        return new MongoPingHealthIndicator(database);
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(JsonMapper json,
            @Value("${mentorat.web.max-request-bytes:1048576}") long maxBytes,
            @Value("${mentorat.web.request-size-exempt-paths:}") Set<String> exemptPaths) {
        FilterRegistrationBean<RequestSizeLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestSizeLimitFilter(maxBytes, json, exemptPaths));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
