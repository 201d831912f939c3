package org.mentorat.platform.web;

import jakarta.validation.Validator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every service's web conventions: RFC 9457 problems for every error, a request size limit, and
 * the validation that names each offending field. Also part of the controller test slice
 * ({@code @WebMvcTest}), so slice tests see the same errors as clients.
 */
@AutoConfiguration(afterName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@EnableConfigurationProperties(WebProperties.class)
@Import(ProblemDetailsAdvice.class)
class WebConfiguration {

    @Bean
    RequestValidation requestValidation(JsonMapper json, Validator validator) {
        return new RequestValidation(json, validator);
    }

    /** Path parameters bounded to the length of an id ({@link PathVariableBounds}). */
    @Bean
    WebMvcConfigurer pathVariableBounds() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new PathVariableBounds());
            }
        };
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(JsonMapper json, WebProperties properties) {
        FilterRegistrationBean<RequestSizeLimitFilter> registration = new FilterRegistrationBean<>(
                new RequestSizeLimitFilter(properties.maxRequestBytes(), json, properties.requestSizeExemptPaths()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
