package org.mentorat.profile.web;

import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.mentorat.platform.security.Caller;
import org.mentorat.platform.security.Role;
import org.mentorat.platform.web.ProblemDetailsAdvice;
import org.mentorat.platform.web.RequestValidation;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@TestConfiguration(proxyBeanMethods = false)
@Import(ProblemDetailsAdvice.class)
class ControllerSliceConfiguration {

    @Bean
    RequestValidation requestValidation(JsonMapper json, Validator validator) {
        return new RequestValidation(json, validator);
    }

    /** The caller the token names, as the platform's resolver gives it once the token is verified. */
    @Bean
    WebMvcConfigurer callerFromToken(JsonMapper json) {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new HandlerMethodArgumentResolver() {
                    @Override
                    public boolean supportsParameter(MethodParameter parameter) {
                        return parameter.getParameterType() == Caller.class;
                    }

                    @Override
                    public Caller resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                            NativeWebRequest request, WebDataBinderFactory binders) {
                        return callerOf(json, request.getHeader(HttpHeaders.AUTHORIZATION));
                    }
                });
            }
        };
    }

    private static Caller callerOf(JsonMapper json, String authorization) {
        String payload = authorization.substring("Bearer ".length()).split("\\.")[1];
        JsonNode claims = json.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
        Set<Role> roles = EnumSet.noneOf(Role.class);
        claims.path("roles").forEach(role -> roles.add(Role.valueOf(role.asString())));
        return new Caller(claims.path("tenant").asString(), claims.path("sub").asString(), roles);
    }
}
